package org.quotetracker.quotes;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.quotetracker.people.Person;

/**
 * Words a speaker said, once, however many articles reported them: each {@link Quote} is one article's appearance
 * of a statement. Two quotes are the same statement when the speaker is the same and the {@link StatementKey} is.
 */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Person speaker;

    private String textKey;

    /** The earliest publication day of an article that carried it (the day said, for undated articles). */
    private LocalDate firstReportedOn;

    protected Statement() {
    }

    /** @param reportedOn the day the first article to carry it was published (the day said, when undated), or null */
    Statement(Person speaker, String textKey, LocalDate reportedOn) {
        this.speaker = speaker;
        this.textKey = textKey;
        this.firstReportedOn = reportedOn;
    }

    void saidBy(Person speaker) {
        this.speaker = speaker;
    }

    Person getSpeaker() {
        return speaker;
    }

    String getTextKey() {
        return textKey;
    }

    void reportedOn(LocalDate day) {
        if (day != null && (firstReportedOn == null || day.isBefore(firstReportedOn))) {
            firstReportedOn = day;
        }
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFirstReportedOn() {
        return firstReportedOn;
    }
}
