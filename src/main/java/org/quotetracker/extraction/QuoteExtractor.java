package org.quotetracker.extraction;

import java.util.List;

/**
 * The extraction engine's single entry point: a raw news page in, its metadata, quotes, speakers, roles and dates out.
 * Plain Java and thread-safe, so a CLI, a test, the server and a batch job can share one instance.
 */
public final class QuoteExtractor {

    public Extraction extract(String pageText) {
        // Filled in by the extraction engine (issue 3).
        return new Extraction(new ArticleMetadata(null, null, null, null, List.of(), null, null, null), pageText, List.of(), List.of());
    }
}
