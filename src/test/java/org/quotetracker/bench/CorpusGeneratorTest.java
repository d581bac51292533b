package org.quotetracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.QuoteExtractor;

class CorpusGeneratorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void theExtractorFindsEveryGeneratedQuoteAndItsGeneratedSpeaker() {
        CorpusGenerator generator = new CorpusGenerator(7);
        IntStream.range(0, 200).mapToObj(generator::article).forEach(article -> {
            Extraction extraction = extractor.extract(article.text());
            List<GeneratedQuote> found = extraction.quotes().stream()
                    .map(q -> new GeneratedQuote(q.text().replaceAll("[.,]$", ""), q.speaker().name()))
                    .toList();
            List<GeneratedQuote> generated = article.quotes().stream()
                    .map(q -> new GeneratedQuote(q.text(), q.speaker()))
                    .toList();
            assertThat(found).as(article.fileName()).containsExactlyElementsOf(generated);
        });
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        assertThat(new CorpusGenerator(3).article(42)).isEqualTo(new CorpusGenerator(3).article(42));
        assertThat(new CorpusGenerator(4).article(42).text()).isNotEqualTo(new CorpusGenerator(3).article(42).text());
    }

    @Test
    void peopleRecurAcrossArticlesSoThatTimelinesFill() {
        CorpusGenerator generator = new CorpusGenerator(1);
        long quotesOfTheMostQuoted = IntStream.range(0, 1000).mapToObj(generator::article)
                .flatMap(a -> a.quotes().stream())
                .collect(Collectors.groupingBy(GeneratedQuote::speaker, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(quotesOfTheMostQuoted).isGreaterThan(50);
    }
}
