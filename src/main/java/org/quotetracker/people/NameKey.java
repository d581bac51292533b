package org.quotetracker.people;

import java.util.Locale;

/** The form names are compared in: trimmed, inner whitespace collapsed, lower case. */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
