package org.quotetracker.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A title articles gave a person, and the first and last day they were seen giving it. */
@Entity
@Table(name = "person_role")
public class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String title;
    /** The title's {@link NameKey#ofTitle key}: titles that differ only in case, accents or dots are one role. */
    private String titleKey;
    private LocalDate firstSeen;
    private LocalDate lastSeen;

    protected Role() {
    }

    /** @param day the day it was first seen, or null when undated */
    Role(Person person, String title, LocalDate day) {
        this.person = person;
        this.title = title;
        this.titleKey = NameKey.ofTitle(title);
        this.firstSeen = day;
        this.lastSeen = day;
    }

    /** Widens the span of days to include {@code day}; an undated sighting leaves it as it is. */
    void seenOn(LocalDate day) {
        if (day == null) {
            return;
        }
        if (firstSeen == null || day.isBefore(firstSeen)) {
            firstSeen = day;
        }
        if (lastSeen == null || day.isAfter(lastSeen)) {
            lastSeen = day;
        }
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getFirstSeen() {
        return firstSeen;
    }

    public LocalDate getLastSeen() {
        return lastSeen;
    }
}
