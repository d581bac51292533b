package org.quotetracker.corrections;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.quotetracker.people.PersonEdits;
import org.quotetracker.people.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * Tidies up after quotes leave a speaker (their article deleted, re-extracted, or the quote given to someone else):
 * a person with no quote left stays only while they have a title on record, which is worth keeping for when they
 * are quoted again. Only the people named are looked at, so the cost does not grow with the database.
 */
@Component
public class UnquotedPeople {

    private final EntityManager entityManager;
    private final PersonEdits personEdits;
    private final PersonRepository people;

    UnquotedPeople(EntityManager entityManager, PersonEdits personEdits, PersonRepository people) {
        this.entityManager = entityManager;
        this.personEdits = personEdits;
        this.people = people;
    }

    /**
     * Counts these people's quotes again, then removes those who are no longer quoted and have no titles. Runs in the
     * caller's transaction.
     */
    public void removeAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        entityManager.flush();
        people.recountQuotes(personIds);
        List<Long> unused = entityManager.createQuery("""
                        select p.id from Person p
                        where p.id in :ids
                          and not exists (select 1 from Quote q where q.speaker = p)
                          and not exists (select 1 from Role r where r.person = p)
                          and not exists (select 1 from AttributionCorrection c where c.speaker = p)""", Long.class)
                .setParameter("ids", personIds)
                .getResultList();
        personEdits.removeAll(unused);
    }
}
