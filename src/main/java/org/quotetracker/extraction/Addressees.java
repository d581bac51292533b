package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom a speech verb's subject spoke to or about: the name after "told", "asked" (“…,” he told Rubio) or after "of",
 * "to", "about" following a verb of saying ("she said of Trump", "he wrote to Fox host Sean Hannity"). A pronoun
 * subject and a name after its own verb are never one person, though the name is often the latest subject a reader
 * would otherwise take "he" for.
 */
final class Addressees {

    /** "said of Trump", "wrote to Hannity", "spoke about Reed": whom or what the words were about or for. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "about");

    private Addressees() {
    }

    /** The capitalised words of the name after the verb at {@code verb}, empty when it addresses no one by name. */
    static List<String> after(List<Token> tokens, int verb) {
        if (verb < 0 || verb + 1 >= tokens.size() || !tokens.get(verb).isWord()) {
            return List.of();
        }
        String v = tokens.get(verb).lower();
        int j;
        if (Lexicon.get().isAddressingVerb(v)) {
            j = verb + 1;
        } else if (Lexicon.get().isSpeechVerb(v) && PREPOSITIONS.contains(tokens.get(verb + 1).lower())) {
            j = verb + 2;
        } else {
            return List.of();
        }
        return nameFrom(tokens, j);
    }

    /**
     * The capitalised words of the name an asking verb at {@code verb} puts its question to ("Hale then asked Sen. Ruiz
     * whether …"), empty when the verb is passive or names no one right after it.
     */
    static List<String> askedAfter(List<Token> tokens, int verb) {
        if (verb < 0 || verb + 1 >= tokens.size() || !tokens.get(verb).isWord() || !Lexicon.get().isAskingVerb(tokens.get(verb).lower())
                || SpeechVerbs.isPassive(tokens, verb)) {
            return List.of();
        }
        // only a title may stand between ("asked Fox host Ann Lee"); "asked about Reed", "asked whether Reed" put the
        // question to someone else
        for (int k = verb + 1; k < tokens.size() && k < verb + 5 && tokens.get(k).isWord(); k++) {
            if (tokens.get(k).isCapitalized()) {
                return nameFrom(tokens, k);
            }
            if (QUESTION_WORDS.contains(tokens.get(k).lower())) {
                break;
            }
        }
        return List.of();
    }

    /** Words after an asking verb that open the question or its topic, not a title of whom it was put to. */
    private static final Set<String> QUESTION_WORDS = Set.of("about", "whether", "if", "why", "what", "how", "which", "who", "when",
            "where", "to", "for", "on", "of", "that", "by", "in", "at", "with", "his", "her", "their", "its", "him", "them", "me", "us");

    private static List<String> nameFrom(List<Token> tokens, int j) {
        // a title or a determiner may come first ("told Fox News host Sean Hannity"); the name ends the run
        List<String> names = new ArrayList<>();
        for (int k = j; k < tokens.size() && k < j + 8 && tokens.get(k).isWord(); k++) {
            if (tokens.get(k).isCapitalized()) {
                names.add(tokens.get(k).text());
            } else if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }
}
