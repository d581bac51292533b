package org.quotetracker.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the {@code quoteAdded} subscription.
 *
 * @param buffer           quotes held for one subscriber that reads more slowly than they arrive; one more ends its
 *                         subscription with a SUBSCRIBER_TOO_SLOW error
 * @param maxSubscriptions subscriptions open at once on this instance; one more is refused (TOO_MANY_SUBSCRIPTIONS)
 */
@ConfigurationProperties("quotes.live")
public record LiveProperties(Integer buffer, Integer maxSubscriptions) {

    public LiveProperties {
        buffer = buffer == null ? 256 : buffer;
        maxSubscriptions = maxSubscriptions == null ? 1000 : maxSubscriptions;
        if (buffer < 1 || maxSubscriptions < 1) {
            throw new IllegalArgumentException("quotes.live.buffer and quotes.live.max-subscriptions must be at least 1");
        }
    }
}
