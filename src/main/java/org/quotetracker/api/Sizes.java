package org.quotetracker.api;

import java.util.Locale;

/** Sizes in bytes as people read them in messages. */
public final class Sizes {

    private static final long MEGABYTE = 1024 * 1024;

    private Sizes() {
    }

    public static String describe(long bytes) {
        return bytes >= MEGABYTE ? String.format(Locale.ROOT, "%.1f MB", (double) bytes / MEGABYTE) : bytes + " bytes";
    }
}
