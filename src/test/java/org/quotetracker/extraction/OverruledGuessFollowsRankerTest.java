package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * When the ranker gives a "he said" quote to someone else than the reading's guess, the quotes after it read the
 * ranker's choice as that sentence's speaker, as the continuation itself already follows it.
 */
class OverruledGuessFollowsRankerTest {

    private static final String STORY = "Headline of the story\n\n"
            + "Hal Berring toured the ferry dock with Otto Pruitt on Tuesday.\n\n"
            + "\u201cThe new ferry dock will open in October,\u201d he said. \u201cNot a day later.\u201d\n";

    @Test
    void aQuoteOnlySentenceAfterAnOverruledPronounReadsTheRankersChoiceAsTheSpeakerBefore() {
        // a ranker that never takes the rule's own candidate: "he said" goes to Pruitt, not the reading's Berring
        List<RankingExample> examples = new QuoteExtractor(Ranker.of(Map.of("rule", -5.0))).rankingExamples(STORY);
        RankingExample continuation = examples.get(examples.size() - 1);

        assertThat(Extract.features(continuation, "Otto Pruitt")).contains("spoke-previous", "resolved-speaker-1", "spoke-previous&resolved-speaker-1");
        assertThat(Extract.features(continuation, "Hal Berring")).doesNotContain("resolved-speaker-1");
    }

    @Test
    void theReadingsGuessStandsWhereTheRankerAgrees() {
        List<RankingExample> examples = new QuoteExtractor(Ranker.of(Map.of("rule", 5.0))).rankingExamples(STORY);
        RankingExample continuation = examples.get(examples.size() - 1);

        assertThat(Extract.features(continuation, "Hal Berring")).contains("spoke-previous", "resolved-speaker-1");
        assertThat(Extract.features(continuation, "Otto Pruitt")).doesNotContain("resolved-speaker-1");
    }

    @Test
    void anOverruledDescriptionStaysWhomItsHeadFits() {
        String story = "Headline of the story\n\n"
                + "Hal Berring, the harbor master, toured the ferry dock with Otto Pruitt on Tuesday.\n\n"
                + "\u201cThe new ferry dock will open in October,\u201d the harbor master said. \u201cNot a day later.\u201d\n";
        List<RankingExample> examples = new QuoteExtractor(Ranker.of(Map.of("rule", -5.0))).rankingExamples(story);
        RankingExample continuation = examples.get(examples.size() - 1);

        assertThat(Extract.features(continuation, "Hal Berring")).contains("resolved-speaker-1");
        assertThat(Extract.features(continuation, "Otto Pruitt")).contains("spoke-previous").doesNotContain("resolved-speaker-1");
    }
}
