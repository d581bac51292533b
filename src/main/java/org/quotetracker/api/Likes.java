package org.quotetracker.api;

import java.util.Locale;

/** SQL LIKE patterns from user text: wildcards in the text are matched literally (escape character {@code \}). */
public final class Likes {

    public static final char ESCAPE = '\\';

    private Likes() {
    }

    /** A pattern matching any lower-cased value that contains {@code text}, ignoring its case. */
    public static String containsIgnoringCase(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
