package org.quotetracker.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quotes.seed.*}: the articles ingested at start-up.
 *
 * @param enabled  whether to ingest them at all
 * @param location a resource pattern; the default reads the articles bundled in the jar
 */
@ConfigurationProperties("quotes.seed")
public record SeedProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("classpath*:seed-data/*.txt") String location) {
}
