package org.quotetracker.people;

import java.util.List;

import org.quotetracker.extraction.SpeakerKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** Persons known under this name (as a lower-cased {@link NameKey}), anonymous sources excepted, oldest first. */
    @Query("""
            select p from Person p
            where p.kind <> :anonymous and p.id in (select a.person.id from Alias a where a.nameKey = :key)
            order by p.id""")
    List<Person> findNamedByAlias(String key, SpeakerKind anonymous);

    /** Persons of {@code kind} whose name ends with {@code " " + surname}, ignoring case. */
    @Query("select p from Person p where p.kind = :kind and lower(p.name) like concat('% ', :surnameKey)")
    List<Person> findBySurname(String surnameKey, SpeakerKind kind);
}
