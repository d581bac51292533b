package org.quotetracker.quotes;

import java.util.regex.Pattern;

import org.quotetracker.text.Folding;
import org.quotetracker.text.Sha256;

/**
 * What makes two quotes the same words: their letters and digits, word by word, without case, accents or
 * punctuation, so that curly and straight marks, a dropped comma or a trailing ellipsis change nothing. Stored as a
 * SHA-256 so that the unique index stays small however long the quote.
 */
public final class StatementKey {

    /** Apostrophes vanish rather than split a word: "We’ll" and "We'll" and "Well" stay one word. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StatementKey() {
    }

    public static String of(String quotedText) {
        return Sha256.hex(words(quotedText));
    }

    static String words(String quotedText) {
        String joined = APOSTROPHES.matcher(Folding.plainLowerCase(quotedText)).replaceAll("");
        return NOT_WORD.matcher(joined).replaceAll(" ").trim();
    }
}
