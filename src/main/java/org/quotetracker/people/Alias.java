package org.quotetracker.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A name an article used for a person. Every person has their canonical name among their aliases. */
@Entity
@Table(name = "person_alias")
public class Alias {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String name;

    /** The name in lower case, for case-insensitive matching through a plain index. */
    private String nameKey;

    protected Alias() {
    }

    Alias(Person person, String name) {
        this.person = person;
        this.name = name;
        this.nameKey = NameKey.of(name);
    }

    public Person getPerson() {
        return person;
    }

    public String getName() {
        return name;
    }
}
