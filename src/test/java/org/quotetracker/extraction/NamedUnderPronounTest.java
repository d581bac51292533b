package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A "he" and a name in the rest of its own clause are never one person: the ranker is told so. */
class NamedUnderPronounTest {

    @Test
    void aNameInsideTheClauseReportedByTheQuotesPronounIsMarked() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed toured the ferry dock on Tuesday with the harbor crews.",
                "He warned that if the council stayed split, Walt Brenner would keep the budget \"a hostage\" for months.");

        assertThat(Extract.features(last, "Walt Brenner")).contains("named-under-pronoun");
        assertThat(Extract.features(last, "Tom Reed")).doesNotContain("named-under-pronoun");
    }

    @Test
    void aQuotedPhraseInsideTheClauseDoesNotEndIt() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed toured the ferry dock on Tuesday with the harbor crews.",
                "A welder said he wished with \"all his might\" that Walt Brenner loses the harbor vote.");

        assertThat(Extract.features(last, "Walt Brenner")).contains("named-under-pronoun");
    }

    @Test
    void aNameInAReportingClauseAfterTheComma() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed toured the ferry dock on Tuesday with the harbor crews.",
                "He will lose the vote, Walt Brenner said on the radio.",
                "\"The money is simply not there,\" he said.");

        assertThat(Extract.features(last, "Walt Brenner")).doesNotContain("named-under-pronoun");
    }
}
