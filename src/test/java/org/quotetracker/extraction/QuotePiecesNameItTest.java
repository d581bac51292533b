package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A name in another piece of a quote its sentence breaks is named by the speaker's words too. */
class QuotePiecesNameItTest {

    @Test
    void aNameInTheSecondPieceOfABrokenQuoteCountsForTheFirst() {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples("Headline of the story\n\n"
                + "Mayor Tom Reed toured the ferry dock on Tuesday with Councilman Walt Brenner.\n\n"
                + "\"The dock is finished,\" he said, \"and Brenner can stop his complaining now.\"\n");
        RankingExample first = examples.stream().filter(x -> x.candidates().stream().anyMatch(c -> c.speaker().equals("Walt Brenner")))
                .findFirst().orElseThrow();

        assertThat(first.candidates().stream().filter(c -> c.speaker().equals("Walt Brenner")).findFirst().orElseThrow().features())
                .contains("quote-names-it");
    }
}
