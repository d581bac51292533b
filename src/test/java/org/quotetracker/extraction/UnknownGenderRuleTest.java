package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ranker is told when the reading took "he" or "she" for a name whose sex nothing gives. */
class UnknownGenderRuleTest {

    @Test
    void aPronounReadAsANameOfUnknownSexIsMarked() {
        RankingExample last = Extract.lastRankingExample(
                "Brask runs the soup kitchen near the harbor and spoke about the coming winter.",
                "\"We need blankets more than food,\" she said.");

        assertThat(Extract.features(last, "Brask")).contains("rule", "rule&gender=UNKNOWN");
    }

    @Test
    void aPronounReadAsAWomanIsNotMarked() {
        RankingExample last = Extract.lastRankingExample(
                "Mary Holt runs the soup kitchen near the harbor and spoke about the coming winter.",
                "\"We need blankets more than food,\" she said.");

        assertThat(Extract.features(last, "Mary Holt")).contains("rule").doesNotContain("rule&gender=UNKNOWN");
    }
}
