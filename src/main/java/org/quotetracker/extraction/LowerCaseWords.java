package org.quotetracker.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a story writes in lower case anywhere in its text ("good", "section"), gathered in one pass over its
 * characters before it is read: a capitalised word that opens a sentence and is written in lower case elsewhere in the
 * story is most likely capitalised only because it opens the sentence. Only runs of letters are taken, with the
 * apostrophes inside them ("they’re", "don't").
 */
final class LowerCaseWords {

    static final LowerCaseWords NONE = new LowerCaseWords(Set.of());

    private final Set<String> words;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
    }

    static LowerCaseWords of(String page, List<Block> blocks) {
        // sized once for the page (room for a word in eight characters, more than a story has different lower-case
        // words), not grown by rehashing as it fills
        Set<String> words = new HashSet<>(Math.max(16, page.length() / 8));
        for (Block b : blocks) {
            int i = b.start();
            while (i < b.end()) {
                if (!Character.isLetter(page.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < b.end() && (Character.isLetter(page.charAt(j)) || innerApostrophe(page, j, b.end()))) {
                    j++;
                }
                if (Character.isLowerCase(page.charAt(i))) {
                    words.add(Lexicon.lower(page.substring(i, j))); // folded: “they’re” is “they're”
                }
                i = j;
            }
        }
        return new LowerCaseWords(words);
    }

    private static boolean innerApostrophe(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < end
                && Character.isLetter(text.charAt(i + 1));
    }

    /** Whether the story writes this capitalised word, all letters, in lower case somewhere ("Good" for "good"). */
    boolean writes(String capitalised) {
        for (int i = 0; i < capitalised.length(); i++) {
            if (!Character.isLetter(capitalised.charAt(i)) && !innerApostrophe(capitalised, i, capitalised.length())) {
                return false;
            }
        }
        return words.contains(Lexicon.lower(capitalised));
    }
}
