package org.quotetracker.api;

import java.util.Locale;

import org.quotetracker.errors.InvalidInput;

/**
 * What every string a caller sends must be, and what counts as no text at all. Checked once, where input enters:
 * GraphQL arguments ({@link QueryLimits}), {@code /export} query parameters, and article texts from the API and the
 * {@code ingest} command ({@code ArticleText}).
 */
public final class InputText {

    private InputText() {
    }

    /**
     * Refuses a NUL character, which PostgreSQL cannot store or compare and H2 would store, and a lone UTF-16
     * surrogate, which is no character at all (PostgreSQL would turn it into "?", so two different texts would meet).
     *
     * @param name what the caller calls the value, e.g. {@code filter.outlet}
     * @throws InvalidInput naming the value and what is wrong with it
     */
    public static void check(String name, String value) {
        String refusal = refusal(name, value);
        if (refusal != null) {
            throw new InvalidInput(refusal);
        }
    }

    /** The message refusing {@code value}, or null when nothing is wrong with it. */
    public static String refusal(String name, String value) {
        String problem = problem(value);
        return problem == null ? null : name + " " + problem + "; send text without it";
    }

    private static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + "), which is not a character";
            }
        }
        return null;
    }

    /**
     * True for null and for text of white space only, counting the spaces {@link String#isBlank} does not: no-break
     * spaces (U+00A0, U+2007, U+202F) and zero-width ones (U+200B, U+2060, U+FEFF). Such text says nothing.
     */
    public static boolean isBlank(String value) {
        return value == null || value.codePoints().allMatch(InputText::isSpace);
    }

    /** The text without white space (as {@link #isBlank} counts it) at either end. */
    public static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }
}
