package org.quotetracker.archive;

import java.io.Serializable;
import java.time.LocalDate;

/** A title an article gives a person who may not be quoted ("Donald Trump, the former U.S. President"): a Spark bean. */
public class TitleFact implements Serializable {

    /** The person's name as stored and its {@code NameKey}. */
    private String name;
    private String nameKey;
    /** The title as stored and its {@code NameKey.ofTitle}. */
    private String title;
    private String titleKey;
    private LocalDate seenOn;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKey() { return nameKey; }
    public void setNameKey(String nameKey) { this.nameKey = nameKey; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleKey() { return titleKey; }
    public void setTitleKey(String titleKey) { this.titleKey = titleKey; }
    public LocalDate getSeenOn() { return seenOn; }
    public void setSeenOn(LocalDate seenOn) { this.seenOn = seenOn; }
}
