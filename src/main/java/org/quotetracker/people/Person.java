package org.quotetracker.people;

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

    protected Person() {
    }

    public Person(String name, SpeakerKind kind) {
        this.name = name;
        this.kind = kind;
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
}
