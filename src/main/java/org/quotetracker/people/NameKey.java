package org.quotetracker.people;

import java.util.Locale;

/** How names and titles are tidied before storing, and the form they are compared in. */
final class NameKey {

    private NameKey() {
    }

    /** Trimmed, inner whitespace collapsed to single spaces: the form stored. */
    static String tidy(String name) {
        return name.trim().replaceAll("\\s+", " ");
    }

    /** The tidy form in lower case: the form compared, through a plain index. */
    static String of(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }
}
