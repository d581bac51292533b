package org.quotetracker.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a story writes in lower case anywhere in its text ("good", "section"), gathered in one pass over its
 * characters before it is read: a capitalised word that opens a sentence and is written in lower case elsewhere in the
 * story is most likely capitalised only because it opens the sentence. Only runs of letters are taken.
 */
final class LowerCaseWords {

    static final LowerCaseWords NONE = new LowerCaseWords(Set.of());

    private final Set<String> words;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
    }

    static LowerCaseWords of(String page, List<Block> blocks) {
        Set<String> words = new HashSet<>();
        for (Block b : blocks) {
            int i = b.start();
            while (i < b.end()) {
                if (!Character.isLetter(page.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < b.end() && Character.isLetter(page.charAt(j))) {
                    j++;
                }
                if (Character.isLowerCase(page.charAt(i))) {
                    words.add(page.substring(i, j));
                }
                i = j;
            }
        }
        return new LowerCaseWords(words);
    }

    /** Whether the story writes this capitalised word, all letters, in lower case somewhere ("Good" for "good"). */
    boolean writes(String capitalised) {
        for (int i = 0; i < capitalised.length(); i++) {
            if (!Character.isLetter(capitalised.charAt(i))) {
                return false;
            }
        }
        return words.contains(capitalised.toLowerCase(java.util.Locale.ROOT));
    }
}
