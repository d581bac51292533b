package org.quotetracker.corrections;

import java.util.List;

import org.quotetracker.errors.InvalidInput;
import org.quotetracker.people.Person;
import org.quotetracker.people.PersonEdits;
import org.quotetracker.people.PersonRepository;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.quotes.Statements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's corrections of who is who: two entries that are one speaker, a name the resolver did not know. */
@Service
class PeopleCorrections {

    private final PersonEdits personEdits;
    private final QuoteRepository quotes;
    private final AttributionCorrectionRepository corrections;
    private final Statements statements;
    private final PersonRepository people;

    PeopleCorrections(PersonEdits personEdits, QuoteRepository quotes, AttributionCorrectionRepository corrections,
                      Statements statements, PersonRepository people) {
        this.personEdits = personEdits;
        this.quotes = quotes;
        this.corrections = corrections;
        this.statements = statements;
        this.people = people;
    }

    /**
     * Makes {@code source} and {@code target} one person, {@code target}: its quotes, statements, corrections, names and
     * titles become the target's. Names moving with them, later articles naming the source resolve to the target.
     *
     * @return the target's id
     */
    @Transactional
    public long merge(long sourceId, long targetId) {
        Person source = personEdits.find(sourceId);
        Person target = personEdits.find(targetId);
        if (source.getId().equals(target.getId())) {
            throw new InvalidInput("sourceId and targetId are the same person; give two different people to merge");
        }
        statements.merge(source, target);
        quotes.reassignSpeaker(source, target);
        corrections.reassignSpeaker(source, target);
        personEdits.absorb(source, target);
        people.recountQuotes(List.of(target.getId()));
        return target.getId();
    }

    /** @return the person's id */
    @Transactional
    public long addAlias(long personId, String alias) {
        Person person = personEdits.find(personId);
        personEdits.addAlias(person, alias);
        return person.getId();
    }
}
