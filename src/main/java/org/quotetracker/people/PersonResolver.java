package org.quotetracker.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.quotetracker.extraction.SpeakerKind;
import org.springframework.stereotype.Component;

/**
 * Decides which stored person a speaker name from an article refers to, creating the person when none does. This is
 * the simple rule set until entity resolution (issue 4) replaces this class:
 * <ul>
 * <li>a name matches a person with that name or alias, ignoring case;</li>
 * <li>a one-word name of a PERSON matches the only PERSON with that surname ("Peskov" → "Dmitry Peskov");</li>
 * <li>anonymous sources are never merged: one person per anonymous name per article.</li>
 * </ul>
 * The name used is recorded as an alias. Must run inside the ingesting transaction.
 */
@Component
public class PersonResolver {

    private final PersonRepository people;
    private final AliasRepository aliases;

    PersonResolver(PersonRepository people, AliasRepository aliases) {
        this.people = people;
        this.aliases = aliases;
    }

    /** Starts resolving the names of one article; anonymous sources are shared within it and nowhere else. */
    public ArticleSpeakers forArticle() {
        return new ArticleSpeakers();
    }

    /** The speakers of one article. */
    public final class ArticleSpeakers {

        private final Map<String, Person> anonymous = new HashMap<>();

        private ArticleSpeakers() {
        }

        public Person resolve(String name, SpeakerKind kind) {
            String cleanName = NameKey.tidy(name);
            String key = NameKey.of(cleanName);
            if (kind == SpeakerKind.ANONYMOUS) {
                return anonymous.computeIfAbsent(key, k -> create(cleanName, kind));
            }
            Optional<Person> known = findNamed(key, kind);
            if (known.isEmpty()) {
                return create(cleanName, kind);
            }
            if (!aliases.existsByPersonAndNameKey(known.get(), key)) {
                aliases.save(new Alias(known.get(), cleanName));
            }
            return known.get();
        }
    }

    private Optional<Person> findNamed(String key, SpeakerKind kind) {
        List<Person> named = people.findNamedByAlias(key, SpeakerKind.ANONYMOUS);
        if (!named.isEmpty()) {
            return Optional.of(named.get(0));
        }
        if (kind == SpeakerKind.PERSON && !key.contains(" ")) {
            List<Person> bySurname = people.findBySurname(key, SpeakerKind.PERSON);
            if (bySurname.size() == 1) {
                return Optional.of(bySurname.get(0));
            }
        }
        return Optional.empty();
    }

    private Person create(String name, SpeakerKind kind) {
        Person person = people.save(new Person(name, kind));
        aliases.save(new Alias(person, name));
        return person;
    }
}
