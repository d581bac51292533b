package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who the article has talked about so far: every named person and institution with the title it was given, and who
 * was the subject of recent clauses. Resolves surnames ("Peskov"), titles ("the US president") and pronouns ("he")
 * to the entity they stand for.
 */
final class Discourse {

    private final List<Referent> entities = new ArrayList<>();
    /** Who the article says wrote or issued each kind of document ("report" -> the Brookings Institution). */
    private final java.util.Map<String, Referent> authors = new java.util.HashMap<>();
    /** The document head the story gave a writer last, and in which sentence. */
    private String latestDocument;
    private int latestDocumentSentence = -10;
    /** The page offset of the first name each sentence gives, by sentence index: where "just before" begins. */
    private final java.util.Map<Integer, Integer> firstNameAt = new java.util.HashMap<>();

    /** The entity a name mention stands for, registering it (or enriching a known one) on the way. */
    Referent resolve(Mention mention, int sentence, int story) {
        firstNameAt.merge(sentence, mention.start(), Math::min);
        Referent entity = find(mention.name(), mention.kind(), mention.gender()).orElse(null);
        if (entity == null) {
            entity = new Referent(mention.name(), mention.kind(), mention.gender(), mention.title());
            entity.genderFromOneWord = mention.kind() == SpeakerKind.PERSON && mention.title() == null
                    && mention.from() == mention.nameFrom() && wordCount(mention.name()) == 1
                    && Lexicon.get().firstNameGender(mention.name()) != null;
            entities.add(entity);
        } else {
            if (wordCount(mention.name()) > entity.words().size() && entity.kind == mention.kind()) {
                entity.rename(mention.name());
                if (entity.genderFromOneWord) {
                    // "Clinton" ... "Hillary Clinton": the one word was her surname, not the man's first name it also is
                    entity.gender = mention.gender();
                    entity.genderFromOneWord = false;
                }
            }
            if (entity.title == null) {
                entity.title = mention.title();
            }
            if (entity.gender == Gender.UNKNOWN) {
                // "Holt" after "Dana Holt" is her surname, not the man's first name it also is: only its title tells
                boolean surnameAlone = wordCount(mention.name()) < entity.words().size();
                entity.gender = surnameAlone ? NounPhrases.titleGender(mention.title()) : mention.gender();
            }
        }
        entity.lastMention = sentence;
        entity.namedInsideASentence |= mention.from() > 0;
        entity.nameCount++;
        entity.story = story;
        return entity;
    }

    /**
     * An anonymous source ("a US official"). The same description again in the same story ("a US official said" twice)
     * is the same source, as a reader takes it; "another official", "other officials" are someone else.
     */
    Referent anonymous(String description, String role, int sentence, int story) {
        String determiner = Words.first(description).toLowerCase(Locale.ROOT);
        Referent entity = DIFFERENT.contains(determiner) ? null : entities.stream()
                .filter(e -> e.kind == SpeakerKind.ANONYMOUS && e.story == story && role.equalsIgnoreCase(e.title)
                        && !DIFFERENT.contains(Words.first(e.name()).toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (entity == null) {
            // "a young woman", "the congresswoman": the head gives the sex a later "she" agrees with
            entity = new Referent(description, SpeakerKind.ANONYMOUS, NounPhrases.titleGender(role), role);
            entities.add(entity);
        }
        entity.lastMention = sentence;
        entity.story = story;
        return entity;
    }

    /** Determiners that make a description someone other than the one it repeats. */
    private static final Set<String> DIFFERENT = Set.of("another", "other", "second", "third");

    static int wordCount(String name) {
        return Words.count(name);
    }

    /** A known person or institution answering to this name, without registering anything. */
    Optional<Referent> byName(String name) {
        return find(name, SpeakerKind.PERSON, Gender.UNKNOWN);
    }

    private Optional<Referent> find(String name, SpeakerKind kind, Gender gender) {
        // loops rather than streams: this runs for every name the article gives, against every entity so far
        for (Referent e : entities) {
            if (Words.sameIgnoringCase(e.name(), name)) {
                return Optional.of(e);
            }
        }
        if (kind != SpeakerKind.PERSON) {
            return Optional.empty();
        }
        String[] words = Words.split(name);
        Referent latest = null;
        if (words.length == 1) {
            // a surname several people named in full share ("Carly Fiorina" ... "her husband, Frank Fiorina") stands for
            // the one the story names most, its subject, as relatives and namesakes are named in full or by first
            // name; the latest when none is named more
            for (Referent e : entities) {
                if (e.kind == SpeakerKind.PERSON && e.answersTo(name) && (latest == null || e.nameCount > latest.nameCount
                        || e.nameCount == latest.nameCount && e.lastMention > latest.lastMention)) {
                    latest = e;
                }
            }
            return Optional.ofNullable(latest);
        }
        // "Joe Biden" after "Biden", or "Charles Q. Brown Jr." after "Charles Brown": same surname, no clashing first
        // name; nor a first name of the other sex than the text gave the one named by surname ("Frank Voss" is not
        // the "Ms. Voss" named before)
        String surname = new Referent(name, kind, Gender.UNKNOWN, null).surname();
        for (Referent e : entities) {
            if (e.kind == SpeakerKind.PERSON && Words.sameIgnoringCase(e.surname(), surname)
                    && (e.words().size() == 1 ? !clashes(e, gender) : e.words().get(0).equalsIgnoreCase(words[0]))
                    && (latest == null || e.lastMention > latest.lastMention)) {
                latest = e;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Whether a person named by surname alone has the other sex than a full name's first name gives: a sex from a title
     * or honorific ("Ms. Voss"), not from the surname read as a first name ("Warren" is a man's first name too).
     */
    private static boolean clashes(Referent surnameOnly, Gender gender) {
        Gender known = surnameOnly.gender;
        return known != Gender.UNKNOWN && gender != Gender.UNKNOWN && known != gender
                && Lexicon.get().firstNameGender(surnameOnly.name()) == null;
    }

    private static Optional<Referent> latest(List<Referent> candidates) {
        return candidates.stream().max(Comparator.comparingInt(e -> e.lastMention));
    }

    /** "the US president", "the official", "the ministry": the latest entity whose title or name fits the description. */
    Optional<Referent> byDescription(List<String> modifiers, String head, int story) {
        String h = head.toLowerCase(Locale.ROOT);
        return entities.stream()
                .filter(e -> e.story == story || e.kind != SpeakerKind.ANONYMOUS)
                // "the candidate" is one person, never the unnamed group "presidential candidates" described before: an
                // unnamed source's own description is matched word for word, in the same number
                .filter(e -> e.kind == SpeakerKind.ANONYMOUS ? e.hasTitleWordInNumber(h) : e.hasTitleWord(h)
                        || e.kind == SpeakerKind.ORGANIZATION && e.hasNameWord(h))
                .max(Comparator.<Referent>comparingInt(e -> overlap(e, modifiers)).thenComparingInt(e -> e.lastMention));
    }

    private static int overlap(Referent e, List<String> modifiers) {
        String title = e.title == null ? "" : e.title.toLowerCase(Locale.ROOT).replace(".", "");
        return (int) modifiers.stream().filter(m -> title.contains(m.toLowerCase(Locale.ROOT).replace(".", ""))).count();
    }

    /**
     * A pronoun's referent: the person of agreeing gender who was last the subject of a clause before it (or is this
     * very pronoun, resolved before) in this story, else the latest such person mentioned at all; only among the people
     * {@code allowed} admits ("he told Rubio" is not Rubio).
     */
    Optional<Referent> pronoun(Gender gender, int story, int offset, int sentence, Predicate<Referent> allowed) {
        return antecedent(gender, story, offset, sentence, e -> true, allowed);
    }

    /**
     * Words that end a description's head and open its tail ("a voter at the forum", "the people of Halden", "a race by
     * ten points", "aides close to him").
     */
    private static final Set<String> TAIL_OPENERS = Set.of("of", "for", "at", "by", "in", "from", "with", "to", "on", "near", "close",
            "across", "around", "who", "that", "which", "whose", "outside", "inside", "after", "before", "during");

    /** A description's head noun: the word before its tail, else its last word ("the people of Halden": "people"). */
    static String head(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (TAIL_OPENERS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return words.get(i - 1);
            }
        }
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** Endings of agent nouns, someone who does something: "user", "voter", "organizer", "activist", "librarian". */
    private static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ian", "ee");

    /**
     * Whether an unnamed referent's description is of a person, whom "he" or "she" can be: its head (the word before
     * any tail) gives a sex ("woman", "mother"), is a title or an unnamed source's head ("senator", "official"), or is
     * an agent noun ("voter", "user"); "a floor fight", "a Senate race by ten points" are no one.
     */
    static boolean namesAPerson(String description) {
        if (description == null) {
            return false;
        }
        String head = head(Arrays.asList(Words.split(description)));
        if (head == null) {
            return false;
        }
        String h = head.toLowerCase(Locale.ROOT);
        Lexicon lex = Lexicon.get();
        if (NounPhrases.titleGender(h) != Gender.UNKNOWN || lex.isAnonymousHead(h) || lex.isTitleHead(h) || lex.isVoiceHead(h)) {
            return true;
        }
        if (lex.isNonPersonHead(h) || lex.isDocumentHead(h) || lex.isOrganizationHead(h)) {
            return false;
        }
        return AGENT_ENDINGS.stream().anyMatch(x -> h.length() >= x.length() + 2 && h.endsWith(x));
    }

    /** The sentence of a pronoun whose sentence the caller does not know: no subject counts as "just before". */
    static final int NO_SENTENCE = Integer.MIN_VALUE / 2;

    /**
     * What a definite description that no title fits points back to ("said the former top aide"): as "he" would, but
     * only to a named person. An unnamed one was introduced by a description of its own ("a reporter asked", "another
     * supporter wrote", "a crowd cheered"), and "the businessman" is not "the reporter"; only one with the same head noun
     * ("a popular column" ... "the column noted") is the one meant.
     */
    Optional<Referent> describedAntecedent(String head, int story, int offset) {
        // "said the woman" points back to a woman or to someone of unknown sex, never to a man
        return antecedent(NounPhrases.titleGender(head), story, offset, NO_SENTENCE, e -> e.surname().equalsIgnoreCase(head), e -> true);
    }

    private Optional<Referent> antecedent(Gender gender, int story, int offset, int sentence, Predicate<Referent> unnamedFits, Predicate<Referent> allowed) {
        List<Referent> agreeing = entities.stream()
                .filter(e -> e.kind == SpeakerKind.PERSON && e.gender.agreesWith(gender) && e.story == story && allowed.test(e))
                .toList();
        // "he" or "she" is a person the text shows as one (a first name, a title, a gender), not the band or the
        // company a capitalised name may equally be, nor what the text names with "the" ("the Harbor Gazette"); only
        // when there is none does any name do
        List<Referent> personLike = agreeing.stream()
                .filter(e -> MentionType.looksLikeAPerson(e) && !e.isNamedOnlyAsAThing())
                .toList();
        List<Referent> people = new ArrayList<>(personLike.isEmpty() ? agreeing : personLike);
        List<Referent> named = List.copyOf(people);
        // "A retired nurse stood up at the back. ... she said": an unnamed person who was the subject of a clause is
        // as good an antecedent as a named one; only as a subject, as a description in passing is not who "she" is
        entities.stream().filter(e -> e.kind == SpeakerKind.ANONYMOUS && unnamedFits.test(e) && allowed.test(e) && e.story == story && e.lastSubject >= 0
                        && !isGroup(e) && NounPhrases.titleGender(e.title).agreesWith(gender))
                .forEach(people::add);
        Optional<Referent> found = people.stream().filter(e -> e.lastSubject >= 0 && e.lastSubject <= offset).max(Comparator.comparingInt(e -> e.lastSubject))
                .or(() -> latest(named));
        // "Tiegen was troubled by it. “…,” he wondered.": a name the text gives no sex nor title, the subject of this
        // sentence or the one before, is who "he" is when no one more recent agrees, though a person shown as one by a
        // first name or a title was the subject earlier; only a name the story gives more than once and that reads as a
        // person's, as a word opening one sentence ("Sooner", "Audiences") or a city is no one
        int since = Math.max(found.map(e -> e.lastSubject).orElse(-1),
                firstNameAt.getOrDefault(sentence - 1, firstNameAt.getOrDefault(sentence, Integer.MAX_VALUE)) - 1);
        Optional<Referent> justBefore = agreeing.stream()
                .filter(e -> !people.contains(e) && e.lastSubject > since && e.lastSubject <= offset
                        && !e.isNamedOnlyAsAThing() && e.nameCount >= 2 && MentionType.of(e) == MentionType.PERSON)
                .max(Comparator.comparingInt(e -> e.lastSubject));
        return justBefore.isPresent() ? justBefore : found;
    }

    void authored(String documentHead, Referent author, int sentence) {
        authors.put(documentHead.toLowerCase(Locale.ROOT), author);
        latestDocument = documentHead.toLowerCase(Locale.ROOT);
        latestDocumentSentence = sentence;
    }

    /**
     * "“…,” it reads": the writer of the document of the own-words kind ("[own-words-documents]": an email, a letter)
     * whose writer the story gave in this sentence or the two before, if a person or an institution named.
     */
    Optional<Referent> recentDocumentWriter(int sentence) {
        if (latestDocument == null || latestDocumentSentence < sentence - 2 || latestDocumentSentence > sentence
                || !Lexicon.get().isOwnWordsDocument(latestDocument)) {
            return Optional.empty();
        }
        return author(latestDocument).filter(e -> e.kind != SpeakerKind.ANONYMOUS);
    }

    /** "the report said": whoever the article said issued a report. */
    Optional<Referent> author(String documentHead) {
        return Optional.ofNullable(authors.get(documentHead.toLowerCase(Locale.ROOT)));
    }

    /**
     * The unnamed person ("a retired nurse", "one volunteer at the table") the story mentioned last, if in
     * this sentence or the two before: "said the woman" after one is most often that person, not someone named;
     * never one whose description gives the other sex ("the man said" is not the woman quoted just before).
     */
    Optional<Referent> recentUnnamed(int story, int sentence, Gender gender) {
        return entities.stream()
                .filter(e -> e.kind == SpeakerKind.ANONYMOUS && e.story == story && e.lastMention >= sentence - 2 && e.lastMention <= sentence
                        && !isGroup(e) && NounPhrases.titleGender(e.title).agreesWith(gender))
                .max(Comparator.comparingInt(e -> e.lastMention));
    }

    /**
     * "the newspaper said": the latest news organisation the article named, one the lexicon knows or a name of more than
     * one word ending as newspapers are named ("the Harbor Gazette", "the Daily News", "the Union Leader").
     */
    Optional<Referent> latestMedia() {
        return entities.stream().filter(e -> e.kind == SpeakerKind.ORGANIZATION && Lexicon.get().isMedia(e.name())
                        || e.kind != SpeakerKind.ANONYMOUS && e.words().size() > 1 && Lexicon.get().isNewspaperNameEnd(e.surname()))
                .max(Comparator.comparingInt(e -> e.lastMention));
    }

    /**
     * "the group said", "the company wrote": a body the story named in this sentence or the four before, the latest, by
     * what its name shows (an organisation, not a place, a person or a news outlet, which "the newspaper" finds), so
     * that the common noun does not become an institution of its own. The common noun alone is never the name.
     */
    Optional<Referent> recentOrganization(int story, int sentence) {
        return entities.stream()
                .filter(e -> e.story == story && e.lastMention >= sentence - 4 && e.lastMention <= sentence)
                .filter(e -> Character.isUpperCase(e.name().charAt(0)) && MentionType.of(e) == MentionType.ORGANIZATION
                        && !Lexicon.get().isMedia(e.name()))
                .max(Comparator.comparingInt(e -> e.lastMention));
    }

    /**
     * Whether an unnamed referent is someone who could speak: a plural head ("lawyers", "critics") or a description
     * that names a person ("a friend", "the spokesman"), not "a floor fight" or "a Senate race by ten points".
     */
    static boolean describesPeople(Referent e) {
        return SubjectPhrases.isPluralNoun(e.surname()) || namesAPerson(e.title);
    }

    /**
     * Whether an unnamed referent is a group: its head noun is plural, the last word of its description or the one
     * before the description's tail ("residents", "the people of Halden", "workers at the plant"), as a single "man"
     * or "woman" is never a group.
     */
    static boolean isGroup(Referent e) {
        List<String> words = e.words();
        if (words.isEmpty()) {
            return SubjectPhrases.isPluralNoun(e.name());
        }
        return SubjectPhrases.isPluralNoun(head(words));
    }

    /** "it said": the latest institution. */
    Optional<Referent> latestOrganization(int story) {
        return entities.stream().filter(e -> e.kind == SpeakerKind.ORGANIZATION && e.story == story).max(Comparator.comparingInt(e -> e.lastMention));
    }
}
