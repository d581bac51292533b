package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A run of "he" sentences is about whom the sentence before the run names, even as an object. */
class PronounRunAntecedentTest {

    @Test
    void thePersonNamedJustBeforeARunOfHeSentencesIsMarked() {
        RankingExample last = lastQuote(
                "Mayor Tom Reed said the ferry would keep its winter timetable.",
                "Then there is Councilman Walt Brenner. He has voted against every harbor budget since 2009. In 2012, he called the dock plan \"a waste of good money.\"");

        assertThat(features(last, "Walt Brenner")).anyMatch(f -> f.startsWith("pronoun-run-antecedent"));
        assertThat(features(last, "Tom Reed")).noneMatch(f -> f.startsWith("pronoun-run-antecedent"));
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
