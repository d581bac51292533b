package org.quotetracker.api;

import org.quotetracker.errors.InvalidInput;

/** The API's ids are the database ids written as decimal strings. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String id, String what) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("\"" + id + "\" is not " + what + " id");
        }
    }
}
