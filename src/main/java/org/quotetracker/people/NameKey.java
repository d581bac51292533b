package org.quotetracker.people;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.quotetracker.errors.InvalidInput;
import org.quotetracker.text.Folding;

/**
 * How names and titles are tidied before storing, and the keys they are compared by. A key forgives what differs
 * between articles and transliterations without changing who is meant: case, diacritics, punctuation, a leading
 * "the", doubled letters and a final "iy" ("Zelenskyy", "Zelenskiy", "Zelensky" and "zelenský" share a key).
 */
public final class NameKey {

    /**
     * Dropped without a trace, so that "O'Brien" and "OBrien", "U.S." and "US" meet, and a hyphenated surname stays
     * one word ("Jean-Pierre" is the surname of Karine Jean-Pierre).
     */
    private static final Pattern SILENT = Pattern.compile("['’‘`.\\-‐]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern FINAL_IY = Pattern.compile("iy\\b");
    /** Generational suffixes come after the surname ("Charles Q. Brown Jr."); as keys, with doubled letters collapsed. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "i", "iv");

    private NameKey() {
    }

    /** Trimmed, inner whitespace collapsed to single spaces: the form stored. */
    public static String tidy(String name) {
        return name.trim().replaceAll("\\s+", " ");
    }

    /** The form names are compared in, through a plain index; also applied to search text so that both meet. */
    public static String of(String name) {
        String key = normalize(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /**
     * The key a name search looks for. Punctuation alone ("%", "_", "--") folds to nothing, which every name would
     * contain: such a search is refused rather than answered with everyone.
     *
     * @throws InvalidInput when the text has no letter or digit
     */
    public static String searchKey(String text) {
        String key = of(text);
        if (key.isEmpty()) {
            throw new InvalidInput("\"" + text + "\" has no letter or digit to search names by");
        }
        return key;
    }

    /** The form titles are compared in: like names, but "the" is part of a title. */
    public static String ofTitle(String title) {
        return normalize(title);
    }

    /**
     * The key of a person's surname: the last word of a name of at least two words, generational suffixes aside.
     * Null for a name of one word, which may itself be a surname.
     */
    public static String surnameOf(String name) {
        List<String> words = words(of(name));
        int last = words.size() - 1;
        while (last > 0 && SUFFIXES.contains(words.get(last))) {
            last--;
        }
        return last >= 1 ? words.get(last) : null;
    }

    /** The words of a key, e.g. to try the trailing words of "NATO chief Jens Stoltenberg" as a name of their own. */
    public static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    private static String normalize(String text) {
        String lower = SILENT.matcher(Folding.plainLowerCase(text)).replaceAll("");
        String spaced = SEPARATORS.matcher(lower).replaceAll(" ").trim();
        return FINAL_IY.matcher(DOUBLED.matcher(spaced).replaceAll("$1")).replaceAll("y");
    }
}
