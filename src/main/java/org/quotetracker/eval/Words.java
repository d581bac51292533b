package org.quotetracker.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorer's view of a text as words, exactly as score.py's {@code words()}: NFKD, accents and every other
 * non-ASCII character dropped, lower case, runs of {@code [a-z0-9]}, British/variant spellings unified.
 */
final class Words {

    /** Words that tell no institution or role apart ("u.s." can never be a word here; score.py lists it all the same). */
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "us", "u.s.", "s", "de", "von", "der");

    private static final Map<String, String> SPELLING = Map.of("defense", "defence", "zelenskyy", "zelensky", "zelenskiy", "zelensky");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private Words() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        StringBuilder ascii = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFKD).chars().filter(c -> c < 128).forEach(c -> ascii.append((char) c));
        Matcher m = WORD.matcher(ascii.toString().toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(unifySpelling(m.group()));
        }
        return words;
    }

    static String unifySpelling(String word) {
        return SPELLING.getOrDefault(word, word);
    }

    static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
