package org.quotetracker.people;

import java.util.Collection;
import java.util.List;

import org.quotetracker.extraction.SpeakerKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** Persons known under this {@link NameKey}, anonymous sources excepted, oldest first. */
    @Query("""
            select p from Person p
            where p.kind <> org.quotetracker.extraction.SpeakerKind.ANONYMOUS
              and p.id in (select a.person.id from Alias a where a.nameKey = :key)
            order by p.id""")
    List<Person> findNamedByAlias(String key, Limit limit);

    /** The flagged stand-ins for a surname several people have, known under this key. */
    @Query("select p from Person p where p.ambiguous and p.id in (select a.person.id from Alias a where a.nameKey = :key)")
    List<Person> findAmbiguousByAlias(String key);

    /** Counts these people's quotes again, after quotes were deleted or given to someone else. */
    @Modifying
    @Query("update Person p set p.quoteCount = (select count(q) from Quote q where q.speaker = p) where p.id in :ids")
    void recountQuotes(Collection<Long> ids);

    /** Persons of {@code kind} with this surname key, oldest first: two tell that a surname is ambiguous. */
    List<Person> findBySurnameKeyAndKindOrderById(String surnameKey, SpeakerKind kind, Limit limit);
}
