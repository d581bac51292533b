package org.quotetracker.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Someone or something the article talks about, as the discourse model knows it so far. Mutable within one article. */
final class Entity {

    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    String name;
    final SpeakerKind kind;
    Gender gender;
    /** The title the article first gives it, which stays its role for the whole article. */
    String title;
    /** Sentence index of its latest mention, and of its latest mention as the subject of a clause. */
    int lastMention = -1;
    int lastSubject = -1;
    int story;

    Entity(String name, SpeakerKind kind, Gender gender, String title) {
        this.name = name;
        this.kind = kind;
        this.gender = gender;
        this.title = title;
    }

    Speaker speaker() {
        return new Speaker(name, kind);
    }

    List<String> words() {
        return Arrays.stream(name.split("\\s+")).filter(w -> !SUFFIXES.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    String surname() {
        List<String> words = words();
        return words.isEmpty() ? name : words.get(words.size() - 1);
    }

    /** Whether a one-word mention ("Peskov", or "Dong" for "Dong Xiaolin") names this entity. */
    boolean answersTo(String word) {
        List<String> words = words();
        return word.equalsIgnoreCase(surname()) || words.size() > 1 && word.equalsIgnoreCase(words.get(0)) && kind == SpeakerKind.PERSON;
    }

    /** Whether a title head such as "president" or "chief" fits the title this entity was given. */
    boolean hasTitleWord(String head) {
        if (title == null) {
            return false;
        }
        for (String w : title.toLowerCase(Locale.ROOT).split("[\\s']+")) {
            if (w.equals(head) || w.equals(head + "s") || head.equals(w + "s")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + (title == null ? "" : " (" + title + ")");
    }
}
