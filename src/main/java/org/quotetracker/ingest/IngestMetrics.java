package org.quotetracker.ingest;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What ingestion did, for operators ({@code /actuator/prometheus}): articles stored, found stored before and rejected
 * as bad input, and quotes stored. Counted once committed, so that a rolled-back group counts nothing.
 */
@Component
class IngestMetrics {

    private final Counter articlesStored;
    private final Counter articlesAlreadyStored;
    private final Counter articlesRejected;
    private final Counter quotesStored;

    IngestMetrics(MeterRegistry registry) {
        this.articlesStored = articles(registry, "stored");
        this.articlesAlreadyStored = articles(registry, "already_stored");
        this.articlesRejected = articles(registry, "rejected");
        this.quotesStored = Counter.builder("quotetracker.ingest.quotes")
                .description("Quotes stored by ingestion")
                .register(registry);
    }

    private static Counter articles(MeterRegistry registry, String outcome) {
        return Counter.builder("quotetracker.ingest.articles")
                .description("Articles submitted for ingestion, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void committed(List<IngestResult> results) {
        for (IngestResult result : results) {
            if (result.created()) {
                articlesStored.increment();
                quotesStored.increment(result.quotesStored());
            } else {
                articlesAlreadyStored.increment();
            }
        }
    }

    void rejected() {
        articlesRejected.increment();
    }
}
