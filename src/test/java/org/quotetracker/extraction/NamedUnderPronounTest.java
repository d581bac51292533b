package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A "he" and a name in the rest of its own clause are never one person: the ranker is told so. */
class NamedUnderPronounTest {

    @Test
    void aNameInsideTheClauseReportedByTheQuotesPronounIsMarked() {
        RankingExample last = lastQuote(
                "Mayor Tom Reed toured the ferry dock on Tuesday with the harbor crews.",
                "He warned that if the council stayed split, Walt Brenner would keep the budget \"a hostage\" for months.");

        assertThat(features(last, "Walt Brenner")).contains("named-under-pronoun");
        assertThat(features(last, "Tom Reed")).doesNotContain("named-under-pronoun");
    }

    @Test
    void aQuotedPhraseInsideTheClauseDoesNotEndIt() {
        RankingExample last = lastQuote(
                "Mayor Tom Reed toured the ferry dock on Tuesday with the harbor crews.",
                "A welder said he wished with \"all his might\" that Walt Brenner loses the harbor vote.");

        assertThat(features(last, "Walt Brenner")).contains("named-under-pronoun");
    }

    @Test
    void aNameInAReportingClauseAfterTheComma() {
        RankingExample last = lastQuote(
                "Mayor Tom Reed toured the ferry dock on Tuesday with the harbor crews.",
                "He will lose the vote, Walt Brenner said on the radio.",
                "\"The money is simply not there,\" he said.");

        assertThat(features(last, "Walt Brenner")).doesNotContain("named-under-pronoun");
    }

    private static RankingExample lastQuote(String... paragraphs) {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples("Headline of the story\n\n" + String.join("\n\n", paragraphs) + "\n");
        return examples.get(examples.size() - 1);
    }

    private static List<String> features(RankingExample example, String speaker) {
        return example.candidates().stream().filter(c -> c.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError(speaker + " is no candidate: " + example.candidates().stream().map(c -> c.speaker()).toList()))
                .features();
    }
}
