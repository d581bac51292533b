package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final List<Set<Entity>> named = new ArrayList<>();
    private final List<Set<Entity>> subjects = new ArrayList<>();
    private final List<Set<Entity>> speakers = new ArrayList<>();
    private final Map<Integer, Integer> paragraphStart = new HashMap<>();
    private int lastParagraph;

    void add(Sentence sentence, Set<Entity> entities) {
        sentences.add(sentence);
        named.add(new LinkedHashSet<>(entities));
        subjects.add(new LinkedHashSet<>());
        speakers.add(new LinkedHashSet<>());
        paragraphStart.putIfAbsent(sentence.paragraph(), sentence.index());
        lastParagraph = Math.max(lastParagraph, sentence.paragraph());
    }

    /** The entity a sentence has as its subject ("Trump welcomed ..."): named there too. */
    void subject(int sentence, Entity e) {
        subjects.get(sentence).add(e);
        named.get(sentence).add(e);
    }

    /** The entity a speech verb of the sentence has as its subject, or a quote of the sentence was given to. */
    void speaker(int sentence, Entity e) {
        speakers.get(sentence).add(e);
        named.get(sentence).add(e);
    }

    int size() {
        return sentences.size();
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }

    Set<Entity> named(int i) {
        return named.get(i);
    }

    boolean isSubject(int sentence, Entity e) {
        return sentence >= 0 && sentence < subjects.size() && subjects.get(sentence).contains(e);
    }

    boolean isSpeaker(int sentence, Entity e) {
        return sentence >= 0 && sentence < speakers.size() && speakers.get(sentence).contains(e);
    }

    boolean isNamed(int sentence, Entity e) {
        return sentence >= 0 && sentence < named.size() && named.get(sentence).contains(e);
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
