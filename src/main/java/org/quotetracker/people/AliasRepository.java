package org.quotetracker.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AliasRepository extends JpaRepository<Alias, Long> {

    boolean existsByPersonAndNameKey(Person person, String nameKey);

    List<Alias> findByPersonIdInOrderByName(Collection<Long> personIds);
}
