package org.quotetracker.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.quotetracker.extraction.SpeakerKind;

/** A source of quotes: a named person, an organisation, or one anonymous source in one article. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private String name;

    // A VARCHAR with a CHECK constraint rather than a native enum type: portable between H2 and PostgreSQL.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SpeakerKind kind;

    /**
     * The {@link NameKey} of the name; with {@code ambiguous}, unique (person_name_key_uk), so that two writers meeting
     * a new name at once cannot both create its person. Null for anonymous sources, which are never merged.
     */
    private String nameKey;
    private String surnameKey;
    private boolean ambiguous;

    /**
     * Only ever raised by {@link QuoteCounts}, atomic UPDATEs, so that articles ingested at the same time cannot lose
     * each other's counts; never written back from this entity.
     */
    @Column(updatable = false)
    private int quoteCount;

    protected Person() {
    }

    public Person(String name, SpeakerKind kind) {
        this.name = name;
        this.kind = kind;
        this.nameKey = kind == SpeakerKind.ANONYMOUS ? null : NameKey.of(name);
        this.surnameKey = kind == SpeakerKind.PERSON ? NameKey.surnameOf(name) : null;
    }

    /** A surname-only mention that several stored people could be: kept apart, and flagged for review. */
    static Person ambiguousSurname(String surname) {
        Person person = new Person(surname, SpeakerKind.PERSON);
        person.ambiguous = true;
        return person;
    }

    /** A person known only by their surname learns their full name. */
    void fullName(String fullName) {
        this.name = fullName;
        this.nameKey = NameKey.of(fullName);
        this.surnameKey = NameKey.surnameOf(fullName);
    }

    /** A person (not an organisation) named by one word that is not a stand-in for several people. */
    boolean isKnownBySurnameOnly() {
        return kind == SpeakerKind.PERSON && surnameKey == null && !ambiguous;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SpeakerKind getKind() {
        return kind;
    }

    public boolean isAmbiguous() {
        return ambiguous;
    }

    public int getQuoteCount() {
        return quoteCount;
    }
}
