package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A quote-only paragraph after the reporter's sentence about its source, with no quote of its own, is that source's,
 * and stands as a certain speaker does where the text names it: the ranker's choice overruling it was no better on
 * held-out quotes. A source the sentence before gives only by a pronoun is the reading's guess, left to the ranker.
 */
class PreviousSentenceSourceStandsTest {

    /** A ranker that never takes the rule's own candidate. */
    private static final QuoteExtractor AGAINST_THE_RULE = new QuoteExtractor(Ranker.of(Map.of("rule", -5.0)));

    @Test
    void aQuoteOnlyParagraphAfterASentenceAboutItsSourceIsThatSourcesWhateverTheRanker() {
        List<ExtractedQuote> quotes = AGAINST_THE_RULE.extract("Headline of the story\n\n"
                + "Otto Pruitt met the harbor board on Tuesday.\n\n"
                + "Tilda Quenby warned the board that the ferry dock would run over its budget.\n\n"
                + "\u201cWe cannot pay for a second dock while the first one is still half built.\u201d\n").quotes();
        ExtractedQuote q = quotes.get(quotes.size() - 1);

        assertThat(q.speaker().name()).isEqualTo("Tilda Quenby");
        assertThat(q.method()).isEqualTo(AttributionMethod.PREVIOUS_SENTENCE);
    }

    @Test
    void aSourceTheSentenceBeforeGivesOnlyByAPronounIsLeftToTheRanker() {
        List<ExtractedQuote> quotes = AGAINST_THE_RULE.extract("Headline of the story\n\n"
                + "Otto Pruitt met the harbor board on Tuesday, and Tilda Quenby spoke first.\n\n"
                + "The ferry dock would run over its budget, she said.\n\n"
                + "\u201cWe cannot pay for a second dock while the first one is still half built.\u201d\n").quotes();

        assertThat(quotes.get(quotes.size() - 1).method()).isNotEqualTo(AttributionMethod.PREVIOUS_SENTENCE);
    }
}
