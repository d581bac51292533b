package org.quotetracker.archive;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One quote as the extractor found it, with the keys the service compares it by: a Spark bean (a mutable class with
 * getters and setters, as Spark's bean encoder requires).
 */
public class QuoteFact implements Serializable {

    private String text;
    private int start;
    private int end;
    private String sentence;
    private boolean partial;
    private String cue;
    /** The speaker's name as the extractor gave it ({@code extract}'s "speaker"), or null. */
    private String speaker;
    private String speakerKind;
    /** The name as stored (trimmed, spaces collapsed) and its {@code NameKey}; null when no speaker was found. */
    private String speakerName;
    private String speakerKey;
    /** The title the article gave the speaker here (stored with the quote as given), tidied and its key for roles. */
    private String role;
    private String title;
    private String titleKey;
    private LocalDate saidOn;
    private String datePrecision;
    private String method;
    private double confidence;
    private String statementKey;

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getSentence() { return sentence; }
    public void setSentence(String sentence) { this.sentence = sentence; }
    public boolean isPartial() { return partial; }
    public void setPartial(boolean partial) { this.partial = partial; }
    public String getCue() { return cue; }
    public void setCue(String cue) { this.cue = cue; }
    public String getSpeaker() { return speaker; }
    public void setSpeaker(String speaker) { this.speaker = speaker; }
    public String getSpeakerKind() { return speakerKind; }
    public void setSpeakerKind(String speakerKind) { this.speakerKind = speakerKind; }
    public String getSpeakerName() { return speakerName; }
    public void setSpeakerName(String speakerName) { this.speakerName = speakerName; }
    public String getSpeakerKey() { return speakerKey; }
    public void setSpeakerKey(String speakerKey) { this.speakerKey = speakerKey; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleKey() { return titleKey; }
    public void setTitleKey(String titleKey) { this.titleKey = titleKey; }
    public LocalDate getSaidOn() { return saidOn; }
    public void setSaidOn(LocalDate saidOn) { this.saidOn = saidOn; }
    public String getDatePrecision() { return datePrecision; }
    public void setDatePrecision(String datePrecision) { this.datePrecision = datePrecision; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public double getConfidence() { return confidence; }
    public void setConfidence(double confidence) { this.confidence = confidence; }
    public String getStatementKey() { return statementKey; }
    public void setStatementKey(String statementKey) { this.statementKey = statementKey; }
}
