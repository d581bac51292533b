package org.quotetracker.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Someone or something the article talks about (what its mentions refer to), as the discourse model knows it so far.
 * Mutable within one article. Not a JPA entity: the engine has none.
 */
final class Referent {

    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private String name;
    private List<String> words;
    final SpeakerKind kind;
    Gender gender;
    /**
     * Named so far by one word only, whose sex is what the first-name list says of that word ("Clinton", "Hart"): most
     * often a surname, so the first name of a fuller name later decides.
     */
    boolean genderFromOneWord;
    /** The title the article first gives it, which stays its role for the whole article. */
    String title;
    /** Sentence index of its latest mention; page offset of its latest mention as the subject of a clause. */
    int lastMention = -1;
    int lastSubject = -1;
    /** How many times the article has named it, by any form of its name. */
    int nameCount;
    /** Named after "the" as a whole phrase ("the Harbor Gazette", "the Falcon Drone"), as people's names are not. */
    boolean namedAsAThing;
    /** Named where news names places ("in Dayton", "San Lorenzo, Calif."), as people's names seldom are. */
    boolean namedAsAPlace;
    /**
     * Named somewhere after a sentence's first word: a word named only where it opens sentences ("Local news ...",
     * "Signs of ...") may be capitalised only for that, as a person's name is not.
     */
    boolean namedInsideASentence;
    int story;
    /** The lower-case words of the name and of the title, kept because every description looks them up. */
    private String[] nameWords;
    private String titleOfWords;
    private String[] titleWords;

    Referent(String name, SpeakerKind kind, Gender gender, String title) {
        rename(name);
        this.kind = kind;
        this.gender = gender;
        this.title = title;
    }

    /** One word, named only where it opens a sentence, and shown as a person by no first name or title. */
    boolean isNamedOnlyOpeningSentences() {
        return !namedInsideASentence && words.size() == 1 && gender == Gender.UNKNOWN && title == null;
    }

    /** Named where places are, and shown as a person by no title: most likely a town, not a speaker. */
    boolean isNamedAsAPlace() {
        return namedAsAPlace && title == null;
    }

    /** Named with "the" and shown as a person by nothing else (no gender, no title): a thing, not a person. */
    boolean isNamedOnlyAsAThing() {
        return namedAsAThing && gender == Gender.UNKNOWN && title == null;
    }

    Speaker speaker() {
        return new Speaker(name, kind);
    }

    String name() {
        return name;
    }

    /** The fuller name the article gives later ("Joe Biden" after "Biden"). */
    void rename(String fuller) {
        name = fuller;
        nameWords = null;
        words = Arrays.stream(Words.split(fuller)).filter(w -> !SUFFIXES.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    /** The name's words without suffixes such as "Jr.". */
    List<String> words() {
        return words;
    }

    String surname() {
        return words.isEmpty() ? name : words.get(words.size() - 1);
    }

    /** Whether a one-word mention ("Peskov", or "Dong" for "Dong Xiaolin") names this entity. */
    boolean answersTo(String word) {
        return Words.sameIgnoringCase(word, surname()) || words.size() > 1 && Words.sameIgnoringCase(word, words.get(0)) && kind == SpeakerKind.PERSON;
    }

    /** Whether a title head such as "president" or "chief" fits the title this entity was given. */
    boolean hasTitleWord(String head) {
        return title != null && hasWord(titleWords(), head);
    }

    /** Whether the head, in its own number, is a word of the title: "candidate" is not "candidates". */
    boolean hasTitleWordInNumber(String head) {
        return title != null && Arrays.asList(titleWords()).contains(head);
    }

    private String[] titleWords() {
        if (title != titleOfWords) { // the title is set after the entity is made, and may be set again
            titleOfWords = title;
            titleWords = lowerWords(title);
        }
        return titleWords;
    }

    /**
     * Whether a head such as "board" or "company" is a word of the name ("Lakeview School Board"): a whole word,
     * as "the man" is not "Germany".
     */
    boolean hasNameWord(String head) {
        if (nameWords == null) {
            nameWords = lowerWords(name);
        }
        return hasWord(nameWords, head);
    }

    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s'\u2019]+");

    /** The words in lower case, split where possessives split them; made once per name or title, as descriptions ask every entity. */
    private static String[] lowerWords(String text) {
        return WORD_BREAKS.split(text.toLowerCase(Locale.ROOT));
    }

    /** A word that is the head, its plural, or its singular. */
    private static boolean hasWord(String[] words, String head) {
        for (String w : words) {
            if (w.equals(head) || w.length() == head.length() + 1 && w.startsWith(head) && w.endsWith("s")
                    || head.length() == w.length() + 1 && head.startsWith(w) && head.endsWith("s")) {
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
