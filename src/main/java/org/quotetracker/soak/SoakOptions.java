package org.quotetracker.soak;

import java.net.URI;
import java.time.Duration;

/**
 * How a soak run drives a server.
 *
 * @param server   the server's base URL; only the loopback interface, so that a soak never loads another machine
 * @param apiKey   a write key the server accepts
 * @param duration how long traffic runs before the final check
 * @param rate     requests per second, all kinds together: the ceiling, not a target to reach at any cost
 * @param clients  requests in flight at most (a burst of writers adds its own)
 * @param seed     what the generated articles and names are made from; a new seed makes new texts
 */
public record SoakOptions(URI server, String apiKey, Duration duration, int rate, int clients, long seed) {

    public SoakOptions {
        if (!"127.0.0.1".equals(server.getHost()) && !"localhost".equals(server.getHost())) {
            throw new IllegalArgumentException("the soak only talks to 127.0.0.1, not " + server.getHost());
        }
        if (rate < 1 || rate > 200) {
            throw new IllegalArgumentException("the rate must be between 1 and 200 requests/s, not " + rate);
        }
        if (clients < 1 || clients > 64) {
            throw new IllegalArgumentException("clients must be between 1 and 64, not " + clients);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive");
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 1h} or a number of seconds. */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a duration is like 90s, 5m or 1h, not " + text);
        }
    }
}
