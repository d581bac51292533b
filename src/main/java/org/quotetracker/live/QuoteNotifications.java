package org.quotetracker.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PostgreSQL notification channel on which the instances using one schema announce new quotes, and how the quotes'
 * ids travel in its payloads (decimal, comma-separated). Channels are database-wide, so the schema is in the name:
 * instances of another deployment in another schema of the same database hear nothing of these quotes.
 *
 * @param channel the channel's name, at most the 63 bytes PostgreSQL allows an identifier
 */
record QuoteNotifications(String channel) {

    private static final String PREFIX = "quotes_added:";
    private static final int MAX_NAME_BYTES = 63;
    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    static final int MAX_PAYLOAD = 7900;

    static QuoteNotifications forSchema(String schema) {
        String name = PREFIX + schema;
        while (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            name = name.substring(0, name.length() - 1);
        }
        return new QuoteNotifications(name);
    }

    /** The statement that starts listening, the name quoted as an identifier (case and punctuation kept). */
    String listen() {
        return "LISTEN \"" + channel.replace("\"", "\"\"") + "\"";
    }

    /** The ids in as few payloads as fit PostgreSQL's limit. */
    static List<String> payloads(List<Long> ids) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        for (Long id : ids) {
            String next = Long.toString(id);
            if (payload.length() > 0 && payload.length() + 1 + next.length() > MAX_PAYLOAD) {
                payloads.add(payload.toString());
                payload.setLength(0);
            }
            payload.append(payload.length() > 0 ? "," : "").append(next);
        }
        if (payload.length() > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** The ids in a payload; anything that is not an id (another writer's mistake) is passed over. */
    static List<Long> ids(String payload) {
        return Arrays.stream(payload.split(","))
                .map(String::trim)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .collect(Collectors.toList());
    }
}
