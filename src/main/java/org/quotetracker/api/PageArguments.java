package org.quotetracker.api;

import org.quotetracker.errors.InvalidInput;

/**
 * The paging arguments of a connection field, checked.
 *
 * @param after the raw cursor, or null for the first page; the list's {@link Keyset} decodes it
 */
public record PageArguments(int first, String after) {

    public static final int MAX_FIRST = 100;
    private static final int DEFAULT_FIRST = 20;

    public static PageArguments of(Integer first, String after) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new InvalidInput("first must be between 0 and " + MAX_FIRST);
        }
        return new PageArguments(size, after == null || after.isEmpty() ? null : after);
    }
}
