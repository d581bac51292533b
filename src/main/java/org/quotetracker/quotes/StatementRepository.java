package org.quotetracker.quotes;

import java.util.Optional;

import org.quotetracker.people.Person;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<Statement, Long> {

    Optional<Statement> findBySpeakerAndTextKey(Person speaker, String textKey);
}
