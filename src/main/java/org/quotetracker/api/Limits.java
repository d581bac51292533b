package org.quotetracker.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code quotes.limits.*}: how much one request may ask of the server.
 *
 * @param maxRequestSize     the largest HTTP request body accepted
 * @param maxArticleSize     the largest article text accepted for ingestion, in UTF-8
 * @param maxQueryDepth      how deeply a query may nest fields
 * @param maxQueryComplexity a query's cost: every field counts 1 (a long text more, see {@link QueryCost}), and the
 *                           fields under a list field count as often as the list's {@code first} asks, or as a list
 *                           without {@code first} is counted
 * @param maxResponseSize    the largest answer a query may give, counted before it is written
 * @param queryTimeout       the longest one SQL statement of a request may run before the database cancels it
 */
@ConfigurationProperties("quotes.limits")
public record Limits(
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue("1MB") DataSize maxArticleSize,
        @DefaultValue("10") int maxQueryDepth,
        @DefaultValue("10000") int maxQueryComplexity,
        @DefaultValue("16MB") DataSize maxResponseSize,
        @DefaultValue("30s") Duration queryTimeout) {
}
