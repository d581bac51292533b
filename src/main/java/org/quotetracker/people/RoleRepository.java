package org.quotetracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<Role, Long> {

    Optional<Role> findFirstByPersonAndTitleKey(Person person, String titleKey);

    List<Role> findByPersonIdIn(Collection<Long> personIds);
}
