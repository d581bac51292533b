package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ranker is told when the reading took "he" or "she" for a name whose sex nothing gives. */
class UnknownGenderRuleTest {

    @Test
    void aPronounReadAsANameOfUnknownSexIsMarked() {
        RankingExample last = lastQuote(
                "Brask runs the soup kitchen near the harbor and spoke about the coming winter.",
                "\"We need blankets more than food,\" she said.");

        assertThat(features(last, "Brask")).contains("rule", "rule&gender=UNKNOWN");
    }

    @Test
    void aPronounReadAsAWomanIsNotMarked() {
        RankingExample last = lastQuote(
                "Mary Holt runs the soup kitchen near the harbor and spoke about the coming winter.",
                "\"We need blankets more than food,\" she said.");

        assertThat(features(last, "Mary Holt")).contains("rule").doesNotContain("rule&gender=UNKNOWN");
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
