package org.quotetracker.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.quotetracker.errors.InvalidInput;

/**
 * A position in a keyset-paged list: the sort key and id of the last item seen, plus the list's name so that a cursor
 * from one list is refused by another. On the wire it is opaque: base64url of {@code list|id} or {@code list|id|key}.
 *
 * @param key the sort key as text (an ISO date, a name), or null when the item has none
 */
record Cursor(String list, long id, String key) {

    private static final String SEPARATOR = "|";

    String encode() {
        String plain = list + SEPARATOR + id + (key == null ? "" : SEPARATOR + key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text, String expectedList) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length >= 2 && parts[0].equals(expectedList)) {
                return new Cursor(parts[0], Long.parseLong(parts[1]), parts.length == 3 ? parts[2] : null);
            }
        } catch (IllegalArgumentException e) {
            // not base64, or no number where the id belongs: the same answer as a cursor of another list
        }
        throw invalid();
    }

    static InvalidInput invalid() {
        return new InvalidInput("after is not a cursor of this list; pass an endCursor or edge cursor it returned");
    }
}
