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

    /** Starts resolving names for one transaction, which may store many articles. */
    public Resolutions inTransaction() {
        return new Resolutions();
    }

    /** Starts resolving the names of one article alone. */
    public ArticleSpeakers forArticle() {
        return inTransaction().forArticle();
    }

    /**
     * The names one transaction resolved, so that a name is looked up once for all its articles: it leads to the same
     * person as long as nobody is created, renamed or given an alias, and each of those forgets every name, since
     * the same name may lead elsewhere after it (a surname now shared, say). Once a corpus's people are known, their
     * names cost no query.
     */
    public final class Resolutions {

        private final Map<String, Person> known = new HashMap<>();
        private int changes;

        private Resolutions() {
        }

        /** Starts resolving the names of one article; anonymous sources are shared within it and nowhere else. */
        public ArticleSpeakers forArticle() {
            return new ArticleSpeakers(this);
        }

        private Person resolveNamed(String name, String key, SpeakerKind kind) {
            String knownAs = kind + ":" + key;
            Person person = known.get(knownAs);
            if (person == null) {
                int changesBefore = changes;
                person = lookUp(name, key, kind);
                if (changes == changesBefore) {
                    known.put(knownAs, person);
                }
            }
            return person;
        }

        private Person lookUp(String name, String key, SpeakerKind kind) {
            List<String> words = NameKey.words(key);
            boolean surnameAlone = kind == SpeakerKind.PERSON && words.size() == 1;
            if (!surnameAlone) {
                Optional<Person> named = byName(key);
                if (named.isPresent()) {
                    // Found through an alias with this very key: there is none to add.
                    return named.get();
                }
            }
            Optional<Person> match = surnameAlone ? bySurnameAlone(name, key)
                    : kind == SpeakerKind.PERSON ? byFullName(name, words) : Optional.empty();
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
            surnameOnly.ifPresent(person -> {
                person.fullName(name);
                changed();
            });
            return surnameOnly;
        }

        private Optional<Person> byName(String key) {
            return people.findNamedByAlias(key, Limit.of(1)).stream().findFirst();
        }

        private void addAlias(Person person, String name, String key) {
            if (!aliases.existsByPersonAndNameKey(person, key)) {
                aliases.save(new Alias(person, name));
                changed();
            }
        }

        private Person create(Person person) {
            people.save(person);
            aliases.save(new Alias(person, person.getName()));
            // No name leads to an anonymous source, so what is known stays true.
            if (person.getKind() != SpeakerKind.ANONYMOUS) {
                changed();
            }
            return person;
        }

        /**
         * Forgets every name resolved, and writes the change at once: the look-ups that follow must see it, also in a
         * transaction that leaves writing to its commit.
         */
        private void changed() {
            known.clear();
            changes++;
            people.flush();
        }
    }

    /** The speakers of one article; a name met twice in it is looked up once. */
    public final class ArticleSpeakers {

        private final Resolutions resolutions;
        private final Map<String, Person> known = new HashMap<>();

        private ArticleSpeakers(Resolutions resolutions) {
            this.resolutions = resolutions;
        }

        public Person resolve(String name, SpeakerKind kind) {
            String cleanName = NameKey.tidy(name);
            String key = NameKey.of(cleanName);
            return known.computeIfAbsent(kind + ":" + key, k -> kind == SpeakerKind.ANONYMOUS
                    ? resolutions.create(new Person(cleanName, kind))
                    : resolutions.resolveNamed(cleanName, key, kind));
        }
    }
}
