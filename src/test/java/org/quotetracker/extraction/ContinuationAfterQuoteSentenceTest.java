package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A sentence of a quote alone, right after the sentence of the quote before, goes on with that quote's speaker: the
 * writer's order says whose it is, so it stands as a certain speaker does, even where the ranker would weigh the
 * speaker's few mentions against them. After a question, or where the sentence before gave its quote to another than
 * its own speaker, it is left to the ranker.
 */
class ContinuationAfterQuoteSentenceTest {

    /** A ranker that never takes the rule's own candidate. */
    private static final QuoteExtractor AGAINST_THE_RULE = new QuoteExtractor(Ranker.of(Map.of("rule", -5.0)));

    @Test
    void aQuoteOnlySentenceRightAfterTheQuoteBeforeGoesOnWithItsSpeaker() {
        ExtractedQuote q = last(AGAINST_THE_RULE.extract("Headline of the story\n\n"
                + "Tilda Quenby toured the ferry dock with Otto Pruitt on Tuesday.\n\n"
                + "\u201cThe ferry dock will open in October,\u201d said Quenby. \u201cNot a week later, whatever the weather does.\u201d\n").quotes());

        assertThat(q.speaker().name()).isEqualTo("Tilda Quenby");
        assertThat(q.method()).isEqualTo(AttributionMethod.CONTINUATION);
    }

    @Test
    void aQuoteOnlySentenceAfterAQuestionIsLeftToTheRanker() {
        ExtractedQuote q = last(AGAINST_THE_RULE.extract("Headline of the story\n\n"
                + "Tilda Quenby toured the ferry dock with Otto Pruitt on Tuesday.\n\n"
                + "\u201cWill the ferry dock open in October?\u201d asked Quenby. \u201cNot a week later, whatever the weather does.\u201d\n").quotes());

        assertThat(q.speaker().name()).isNotEqualTo("Tilda Quenby");
    }

    @Test
    void aQuoteOnlySentenceAfterASentenceWhoseQuoteWentToAnotherThanItsSpeakerIsLeftToTheRanker() {
        List<ExtractedQuote> quotes = AGAINST_THE_RULE.extract("Headline of the story\n\n"
                + "Tilda Quenby toured the ferry dock with Otto Pruitt on Tuesday.\n\n"
                + "Otto Pruitt has mocked the ferry plan, calling it \u201ca costly folly,\u201d Quenby said. "
                + "\u201cNot a week later, whatever the weather does.\u201d\n").quotes();

        assertThat(quotes.get(quotes.size() - 2).method()).isEqualTo(AttributionMethod.PARTICIPLE);
        assertThat(last(quotes).method()).isNotEqualTo(AttributionMethod.CONTINUATION);
    }

    private static ExtractedQuote last(List<ExtractedQuote> quotes) {
        return quotes.get(quotes.size() - 1);
    }
}
