package org.quotetracker.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quotes.http.*}: how queries sent by GET are cached and how many automatic persisted queries are kept.
 *
 * @param cacheMaxAge      how long a browser or CDN may serve a GET query's answer again without asking
 *                         ({@code Cache-Control: public, max-age}); after that it revalidates with its ETag
 * @param persistedQueries how many automatic persisted queries (hash and text) are kept, the least recently used
 *                         dropped first
 */
@ConfigurationProperties("quotes.http")
public record HttpQueryProperties(
        @DefaultValue("60s") Duration cacheMaxAge,
        @DefaultValue("1000") int persistedQueries) {
}
