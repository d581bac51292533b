package org.quotetracker.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Ingests the seed articles at start-up, before the web server takes requests, so that the first query already sees
 * them. Reading them from the classpath lets the jar start from any directory; ingestion being idempotent, a restart
 * stores nothing twice. One bad article is logged and skipped, never fatal.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final ArticleIngester ingester;

    SeedLoader(SeedProperties properties, ArticleIngester ingester) {
        this.properties = properties;
        this.ingester = ingester;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.enabled()) {
            return;
        }
        Resource[] seeds;
        try {
            seeds = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(properties.location());
        } catch (IOException e) {
            log.warn("Seed articles at {} could not be listed: {}", properties.location(), e.toString());
            return;
        }
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
        int added = 0;
        for (Resource seed : seeds) {
            try {
                IngestResult result = ingester.ingest(seed.getContentAsString(StandardCharsets.UTF_8));
                if (!result.wasAlreadyStored()) {
                    added++;
                    log.info("Seed article {}: {} quotes stored, {} without a speaker left out",
                            seed.getFilename(), result.quotesStored(), result.quotesWithoutSpeaker());
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Seed article {} could not be ingested: {}", seed.getFilename(), e.toString());
            }
        }
        log.info("Seed data: {} articles found at {}, {} new", seeds.length, properties.location(), added);
    }
}
