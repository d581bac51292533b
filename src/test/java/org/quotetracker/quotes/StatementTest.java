package org.quotetracker.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotetracker.ingest.ArticleIngester;
import org.quotetracker.ingest.IngestResult;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.TestArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The same words by the same speaker in several articles are one statement with several appearances. */
@ApiTest
@Transactional
class StatementTest {

    private static final LocalDate EARLIER = LocalDate.of(2032, 4, 1);
    private static final LocalDate LATER = LocalDate.of(2032, 4, 3);

    @Autowired
    ArticleIngester ingester;

    @Autowired
    QuoteRepository quotes;

    @Test
    void sameWordsInTwoArticlesAreOneStatementFirstReportedByTheEarlier() {
        Quote later = onlyQuoteOf(ingester.store(TestArticle.publishedOn(LATER).quote("Olaf Berg", null, "We will not back down.").build()));
        Quote earlier = onlyQuoteOf(ingester.store(TestArticle.publishedOn(EARLIER).quote("Olaf Berg", null, "We will not back down.").build()));

        assertThat(later.getStatement().getId()).isEqualTo(earlier.getStatement().getId());
        assertThat(later.getStatement().getFirstReportedOn()).isEqualTo(EARLIER);
        assertThat(quotes.findByStatementIds(List.of(later.getStatement().getId())))
                .extracting(Quote::getId).containsExactly(earlier.getId(), later.getId());
    }

    @Test
    void curlyMarksPunctuationAndATrailingEllipsisDoNotMakeANewStatement() {
        Quote straight = onlyQuoteOf(ingester.store(TestArticle.publishedOn(EARLIER).quote("Olaf Berg", null, "We'll see, \"soon\".").build()));
        Quote curly = onlyQuoteOf(ingester.store(TestArticle.publishedOn(LATER).quote("Olaf Berg", null, "We’ll see “soon”...").build()));

        assertThat(curly.getStatement().getId()).isEqualTo(straight.getStatement().getId());
    }

    @Test
    void sameWordsByAnotherSpeakerAreAnotherStatement() {
        Quote berg = onlyQuoteOf(ingester.store(TestArticle.publishedOn(EARLIER).quote("Olaf Berg", null, "No comment.").build()));
        Quote lund = onlyQuoteOf(ingester.store(TestArticle.publishedOn(EARLIER).quote("Per Lund", null, "No comment.").build()));

        assertThat(lund.getStatement().getId()).isNotEqualTo(berg.getStatement().getId());
    }

    @Test
    void differentWordsAreAnotherStatement() {
        Quote first = onlyQuoteOf(ingester.store(TestArticle.publishedOn(EARLIER).quote("Olaf Berg", null, "We will not back down.").build()));
        Quote second = onlyQuoteOf(ingester.store(TestArticle.publishedOn(EARLIER).quote("Olaf Berg", null, "We will back down.").build()));

        assertThat(second.getStatement().getId()).isNotEqualTo(first.getStatement().getId());
    }

    private Quote onlyQuoteOf(IngestResult result) {
        List<Quote> stored = quotes.findByArticleIdInOrderByStartOffset(List.of(result.articleId()));
        assertThat(stored).hasSize(1);
        return stored.get(0);
    }
}
