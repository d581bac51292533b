package org.quotetracker.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.quotetracker.extraction.SpeakerKind;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Decides which stored person a name from an article refers to, creating the person when none does. Names are
 * compared by {@link NameKey}, through indexed look-ups only, so resolving costs the same however large the store:
 * <ul>
 * <li>a name matches the person with that name or alias ("the Pentagon" is "Pentagon", "Zelenskyy" is "Zelensky");</li>
 * <li>a longer name matches the person known by its last words ("NATO chief Jens Stoltenberg" is "Jens Stoltenberg");</li>
 * <li>a one-word name of a PERSON matches the only person with that surname ("Stoltenberg"); when several people
 * have it, it stays a person of its own, flagged {@code ambiguous}, rather than guess;</li>
 * <li>a full name matches a person so far known by its surname alone, who then takes the full name;</li>
 * <li>anonymous sources are never merged: one person per anonymous name per article.</li>
 * </ul>
 * Every name used is recorded as an alias. Must run inside the ingesting transaction.
 */
@Component
public class PersonResolver {

    private static final Limit TWO = Limit.of(2);

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

    /** The speakers of one article; a name met twice in it is looked up once. */
    public final class ArticleSpeakers {

        private final Map<String, Person> known = new HashMap<>();

        private ArticleSpeakers() {
        }

        public Person resolve(String name, SpeakerKind kind) {
            String cleanName = NameKey.tidy(name);
            String key = NameKey.of(cleanName);
            return known.computeIfAbsent(kind + ":" + key, k -> kind == SpeakerKind.ANONYMOUS
                    ? create(new Person(cleanName, kind))
                    : resolveNamed(cleanName, key, kind));
        }
    }

    private Person resolveNamed(String name, String key, SpeakerKind kind) {
        List<String> words = NameKey.words(key);
        Optional<Person> match = kind == SpeakerKind.PERSON && words.size() == 1
                ? bySurnameAlone(name, key)
                : byName(key).or(() -> kind == SpeakerKind.PERSON ? byFullName(name, words) : Optional.empty());
        match.ifPresent(person -> addAlias(person, name, key));
        return match.orElseGet(() -> create(new Person(name, kind)));
    }

    /** "Stoltenberg": the only person with that surname, else the flagged stand-in for all who have it. */
    private Optional<Person> bySurnameAlone(String name, String key) {
        List<Person> withSurname = people.findBySurnameKeyAndKindOrderById(key, SpeakerKind.PERSON, TWO);
        if (withSurname.size() == 1) {
            return Optional.of(withSurname.get(0));
        }
        if (withSurname.size() > 1) {
            return Optional.of(people.findAmbiguousByAlias(key).stream().findFirst()
                    .orElseGet(() -> create(Person.ambiguousSurname(name))));
        }
        return byName(key);
    }

    /** "NATO chief Jens Stoltenberg" by its last words; "Jens Stoltenberg" as the "Stoltenberg" known so far. */
    private Optional<Person> byFullName(String name, List<String> words) {
        for (int first = 1; first <= words.size() - 2; first++) {
            Optional<Person> byLastWords = byName(String.join(" ", words.subList(first, words.size())));
            if (byLastWords.isPresent()) {
                return byLastWords;
            }
        }
        String surname = NameKey.surnameOf(name);
        if (surname == null || !people.findBySurnameKeyAndKindOrderById(surname, SpeakerKind.PERSON, TWO).isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> surnameOnly = byName(surname).filter(Person::isKnownBySurnameOnly);
        surnameOnly.ifPresent(person -> person.fullName(name));
        return surnameOnly;
    }

    private Optional<Person> byName(String key) {
        return people.findNamedByAlias(key, Limit.of(1)).stream().findFirst();
    }

    private void addAlias(Person person, String name, String key) {
        if (!aliases.existsByPersonAndNameKey(person, key)) {
            aliases.save(new Alias(person, name));
        }
    }

    private Person create(Person person) {
        people.save(person);
        aliases.save(new Alias(person, person.getName()));
        return person;
    }
}
