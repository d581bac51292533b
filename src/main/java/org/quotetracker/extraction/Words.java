package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a name or title, split on white space as {@code Pattern.compile("\\s+").split(s)} splits them (a leading
 * empty word when it opens with a space, none at the end), without a regular expression: names are split for every
 * mention and every look-up, which made the split a visible share of the engine's time.
 */
final class Words {

    private Words() {
    }

    /** {@code \s}: a space, tab, line feed, vertical tab, form feed or carriage return (not the no-break space). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    static String[] split(String s) {
        List<String> parts = null;
        int index = 0;
        int i = 0;
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                int j = i + 1;
                while (j < s.length() && isSpace(s.charAt(j))) {
                    j++;
                }
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                parts.add(s.substring(index, i));
                index = j;
                i = j;
            } else {
                i++;
            }
        }
        if (parts == null) {
            return new String[] {s};
        }
        parts.add(s.substring(index));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** {@code split(s).length}, counted without making the words. */
    static int count(String s) {
        int words = 0;
        boolean inWord = false;
        boolean anySpace = false;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                anySpace = true;
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        if (!anySpace) {
            return 1;
        }
        return words == 0 ? 0 : words + (isSpace(s.charAt(0)) ? 1 : 0);
    }

    /** The first word ({@code split(s)[0]}; empty when s opens with a space or is only spaces). */
    static String first(String s) {
        int i = 0;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /**
     * {@code a.equalsIgnoreCase(b)} (false for a null b), with the usual answer found first: the engine asks "is this
     * token ','?", "is it 'said'?", "is this the entity's surname?" millions of times, and nearly always the two differ
     * in length or in their first letter. Two ASCII characters are equal ignoring case only if they are equal with bit
     * 0x20 set, so a first character that differs there settles it; anything else goes to equalsIgnoreCase.
     */
    static boolean sameIgnoringCase(String a, String b) {
        if (b == null || a.length() != b.length()) {
            return false;
        }
        if (a.isEmpty()) {
            return true;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        if (x != y && x < 128 && y < 128 && (x | 0x20) != (y | 0x20)) {
            return false;
        }
        return a.equalsIgnoreCase(b);
    }
}
