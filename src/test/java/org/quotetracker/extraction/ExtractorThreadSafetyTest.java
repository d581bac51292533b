package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.quotetracker.eval.ArticleFile;

class ExtractorThreadSafetyTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void oneExtractorGivesTheSameQuotesOnAnyThreadInAnyOrder() throws Exception {
        List<ArticleFile> articles = ArticleFile.seed();
        List<List<ExtractedQuote>> sequential = articles.stream().map(a -> extractor.extract(a.text()).quotes()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<ArticleFile> reversed = new java.util.ArrayList<>(articles);
            java.util.Collections.reverse(reversed);
            List<Future<List<ExtractedQuote>>> parallel = reversed.stream()
                    .map(a -> pool.submit(() -> extractor.extract(a.text()).quotes()))
                    .toList();
            for (int i = 0; i < articles.size(); i++) {
                assertThat(parallel.get(articles.size() - 1 - i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
