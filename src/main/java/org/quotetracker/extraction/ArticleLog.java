package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each sentence of one article names, and who it has as the subject of its main clause or of a speech verb:
 * the memory from which candidates and their facts are read. Not shared between threads.
 */
final class ArticleLog {

    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Set<Referent>> named = new ArrayList<>();
    private final List<Set<Referent>> subjects = new ArrayList<>();
    private final List<Set<Referent>> speakers = new ArrayList<>();
    /**
     * Subjects and speakers that are a reference the reading resolved ("he said", "the senator said"): its guess, not a
     * name in the text.
     */
    private final List<Set<Referent>> resolvedSubjects = new ArrayList<>();
    private final List<Set<Referent>> resolvedSpeakers = new ArrayList<>();
    private final Map<Integer, Integer> paragraphStart = new HashMap<>();
    /** Per sentence: how many times the reporter's words (outside quotes) say he/him/his and she/her. */
    private final List<int[]> pronouns = new ArrayList<>();
    /** Built on first use, once the article is read; reset if a sentence is added after. */
    private Map<Referent, List<int[]>> pronounsOf;
    /**
     * How often the story's sentences up to {@link #salienceUpTo} name each entity, in the order first named: the
     * quotes ask in article order, so each asks only for the sentences since the last one. Reset as pronounsOf is.
     */
    private Map<Referent, Integer> salience;
    private int salienceStory;
    private int salienceUpTo;
    private int lastParagraph;
    /** The words the story being read writes in lower case ("just", "section"): a capitalised one of them alone is a common word. */
    private LowerCaseWords lowerCaseWords = LowerCaseWords.NONE;

    void add(Sentence sentence, Set<Referent> entities) {
        sentences.add(sentence);
        named.add(new LinkedHashSet<>(entities));
        subjects.add(new LinkedHashSet<>());
        speakers.add(new LinkedHashSet<>());
        resolvedSubjects.add(new LinkedHashSet<>());
        resolvedSpeakers.add(new LinkedHashSet<>());
        paragraphStart.putIfAbsent(sentence.paragraph(), sentence.index());
        pronouns.add(genderedPronouns(sentence.tokens(), 0));
        pronounsOf = null;
        salience = null;
        lastParagraph = Math.max(lastParagraph, sentence.paragraph());
    }

    /** The lower-case words of the story whose sentences are read next. */
    void story(LowerCaseWords words) {
        lowerCaseWords = words;
    }

    /** Whether the story writes the word in lower case somewhere ("just" for "Just", sentence-initial). */
    boolean writesInLowerCase(String word) {
        return lowerCaseWords.writes(word);
    }

    /** An entity the sentence names in passing, found after the names were logged ("an organizer at the gate"). */
    void named(int sentence, Referent e) {
        named.get(sentence).add(e);
        pronounsOf = null;
        salience = null;
    }

    /** The entity a sentence has as its subject ("Trump welcomed ..."): named there too. */
    void subject(int sentence, Referent e) {
        subjects.get(sentence).add(e);
        named.get(sentence).add(e);
        pronounsOf = null;
        salience = null;
    }

    /**
     * A subject, or a speaker, that is a reference the reading resolved (a pronoun, a title, "the report"): kept apart,
     * and not counted as named, so that the ranker does not take the reading's guess for evidence that confirms it (the
     * referent of "he said" would otherwise be the subject, the speaker and the latest named of the quote's own
     * sentence).
     */
    void subject(int sentence, Referent e, boolean resolved) {
        if (resolved) {
            resolvedSubjects.get(sentence).add(e);
        } else {
            subject(sentence, e);
        }
    }

    void speaker(int sentence, Referent e, boolean resolved) {
        if (resolved) {
            resolvedSpeakers.get(sentence).add(e);
        } else {
            speaker(sentence, e);
        }
    }

    /** The subjects a sentence has by a reference the reading resolved ("the senator said", "he said"). */
    Set<Referent> resolvedSubjects(int sentence) {
        return resolvedSubjects.get(sentence);
    }

    /** The subjects a sentence names: of its main clause, its joined clauses and its relative clauses. */
    Set<Referent> subjects(int sentence) {
        return subjects.get(sentence);
    }

    /** The speakers a sentence has by name: the subjects of its speech verbs and whom its quotes were given to. */
    Set<Referent> speakers(int sentence) {
        return speakers.get(sentence);
    }

    /**
     * Whether the entity is the one speaker of the sentence, by name or by a reference the reading resolved: not where
     * the sentence's quote went to another ("Her friends mocked him, calling him “a bore,” Reed said.").
     */
    boolean isOnlySpeaker(int sentence, Referent e) {
        Set<Referent> named = speakers(sentence);
        Set<Referent> resolved = resolvedSpeakers(sentence);
        return (named.contains(e) || resolved.contains(e)) && named.stream().allMatch(x -> x == e) && resolved.stream().allMatch(x -> x == e);
    }

    /** The speakers a sentence has by a reference the reading resolved. */
    Set<Referent> resolvedSpeakers(int sentence) {
        return resolvedSpeakers.get(sentence);
    }

    boolean isResolvedSubject(int sentence, Referent e) {
        return sentence >= 0 && sentence < resolvedSubjects.size() && resolvedSubjects.get(sentence).contains(e);
    }

    boolean isResolvedSpeaker(int sentence, Referent e) {
        return sentence >= 0 && sentence < resolvedSpeakers.size() && resolvedSpeakers.get(sentence).contains(e);
    }

    /**
     * The ranker gave a "he said" quote to someone else than the reading's guess for the pronoun: the sentence's
     * resolved subject and speaker become whom the ranker chose, so that the quotes after it read the facts of the
     * speaker they go on from (a continuation already follows the ranker's choice), not of the guess it overruled.
     */
    void redecide(int sentence, Referent guessed, Referent decided) {
        if (resolvedSpeakers.get(sentence).remove(guessed)) {
            resolvedSpeakers.get(sentence).add(decided);
        }
        if (resolvedSubjects.get(sentence).remove(guessed)) {
            resolvedSubjects.get(sentence).add(decided);
        }
    }

    /** The entity a speech verb of the sentence has as its subject, or a quote of the sentence was given to. */
    void speaker(int sentence, Referent e) {
        speakers.get(sentence).add(e);
        named.get(sentence).add(e);
        pronounsOf = null;
        salience = null;
    }

    int size() {
        return sentences.size();
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }

    Set<Referent> named(int i) {
        return named.get(i);
    }

    boolean isSubject(int sentence, Referent e) {
        return sentence >= 0 && sentence < subjects.size() && subjects.get(sentence).contains(e);
    }

    boolean isSpeaker(int sentence, Referent e) {
        return sentence >= 0 && sentence < speakers.size() && speakers.get(sentence).contains(e);
    }

    boolean isNamed(int sentence, Referent e) {
        return sentence >= 0 && sentence < named.size() && named.get(sentence).contains(e);
    }

    /**
     * The gender the text gives an entity up to a sentence: where it is the only person a sentence names who could be
     * a "he" (or a "she"), the sentence's "he" (or "she") pronouns, and the next sentence's if it names no one, are most
     * often its own ("Fiorina ... her qualifications", "Ayotte keeps away from Tom Reed as far as she can": Reed, a
     * man, is no "she"). UNKNOWN unless one gender is said and the other is not said at least as often.
     */
    Gender genderInText(Referent e, int upTo) {
        if (pronounsOf == null) {
            pronounsOf = pronounsByReferent();
        }
        int male = 0;
        int female = 0;
        for (int[] c : pronounsOf.getOrDefault(e, List.of())) {
            if (c[0] <= upTo) {
                male += c[1];
                female += c[2];
            }
        }
        if (male > 2 * female) {
            return Gender.M;
        }
        return female > 2 * male ? Gender.F : Gender.UNKNOWN;
    }

    /** Per entity, the pronouns that may be its own, as {sentence, he, she}: one pass over the article, on first use. */
    private Map<Referent, List<int[]>> pronounsByReferent() {
        Map<Referent, List<int[]>> of = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Referent onlyHe = onlyPersonNot(named.get(i), Gender.F);
            Referent onlyShe = onlyPersonNot(named.get(i), Gender.M);
            boolean nextNamesNoOne = i + 1 < sentences.size() && named.get(i + 1).isEmpty()
                    && sentences.get(i + 1).story() == sentences.get(i).story();
            for (Referent only : onlyHe == onlyShe ? Arrays.asList(onlyHe) : Arrays.asList(onlyHe, onlyShe)) {
                if (only == null) {
                    continue;
                }
                // the pronouns only this one could be: both when it is the sentence's one person
                int he = only == onlyHe ? 1 : 0;
                int she = only == onlyShe ? 1 : 0;
                List<int[]> mine = of.computeIfAbsent(only, x -> new ArrayList<>());
                int[] after = pronounsAfterName(sentences.get(i), only);
                mine.add(new int[] {i, after[0] * he, after[1] * she});
                if (nextNamesNoOne) {
                    mine.add(new int[] {i + 1, pronouns.get(i + 1)[0] * he, pronouns.get(i + 1)[1] * she});
                }
            }
        }
        return of;
    }

    /** The one person named who is not known to be of {@code other} sex, or null when none or more than one is. */
    private static Referent onlyPersonNot(Set<Referent> named, Gender other) {
        Referent only = null;
        for (Referent x : named) {
            if (x.kind == SpeakerKind.PERSON && x.gender != other) {
                if (only != null && only != x) {
                    return null;
                }
                only = x;
            }
        }
        return only;
    }

    /**
     * The he/she pronouns of a sentence that come after its first word naming the entity: a pronoun refers back, so
     * "She served under Obama" says nothing of Obama, where "Obama said his plan ..." does. All of them when no word of
     * the sentence answers to the entity (it was named by a title or a pronoun the reading resolved).
     */
    private static int[] pronounsAfterName(Sentence sentence, Referent e) {
        List<Token> tokens = sentence.tokens();
        int from = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).isWord() && tokens.get(k).isCapitalized() && e.answersTo(tokens.get(k).text())) {
                from = k + 1;
                break;
            }
        }
        return genderedPronouns(tokens, from);
    }

    /** How many masculine and feminine pronouns ({he, she}) the tokens from {@code from} on hold. */
    private static int[] genderedPronouns(List<Token> tokens, int from) {
        int[] counts = new int[2];
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                switch (t.lower()) {
                    case "he", "him", "his", "himself" -> counts[0]++;
                    case "she", "her", "hers", "herself" -> counts[1]++;
                    default -> {
                    }
                }
            }
        }
        return counts;
    }

    /**
     * How many times each entity is named in the sentences of a story up to a sentence (inclusive), in the order the
     * story first names them: how much the story so far is about each. Counted on from the last sentence asked for,
     * since recounting from the story's start for every quote made the counting quadratic in the article; the map is
     * the log's own and changes at the next call.
     */
    Map<Referent, Integer> salience(int upTo, int story) {
        if (salience == null || story != salienceStory || upTo < salienceUpTo) {
            salience = new LinkedHashMap<>();
            salienceStory = story;
            salienceUpTo = -1;
        }
        for (int i = salienceUpTo + 1; i <= upTo; i++) {
            if (sentences.get(i).story() == story) {
                named.get(i).forEach(e -> salience.merge(e, 1, Integer::sum));
            }
        }
        salienceUpTo = upTo;
        return salience;
    }

    /** The first sentence of a paragraph, or of the nearest later paragraph the log knows. */
    int firstSentenceOf(int paragraph) {
        for (int p = Math.max(paragraph, 0); p <= lastParagraph; p++) {
            Integer s = paragraphStart.get(p);
            if (s != null) {
                return s;
            }
        }
        return 0;
    }
}
