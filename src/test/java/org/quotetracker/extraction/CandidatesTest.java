package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The facts the ranker is given about a quote's candidates. */
class CandidatesTest {

    @Test
    void aQuestionAfterAStatementTellsTheRankerThatThePreviousSpeakerMadeAStatement() {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples(String.join("\n\n",
                "Headline of the story",
                "Mayor Tom Reed spoke with radio host Dana Price on Tuesday.",
                "\"The harbor bridge will open in October,\" Reed said.",
                "\"Will it open before the election, then?\"") + "\n");

        RankingExample question = examples.get(examples.size() - 1);
        assertThat(features(question, "Tom Reed")).contains("spoke-previous&after-statement&question");
        assertThat(features(question, "Dana Price")).contains("question&type=PERSON").noneMatch(f -> f.startsWith("spoke-previous"));
    }

    @Test
    void aStatementAfterAStatementHasNoQuestionFacts() {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples(String.join("\n\n",
                "Headline of the story",
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "\"Not a day later.\"") + "\n");

        RankingExample last = examples.get(examples.size() - 1);
        assertThat(features(last, "Tom Reed")).contains("spoke-previous").noneMatch(f -> f.contains("question") || f.contains("after-"));
    }

    @Test
    void aPersonWhoBecomesTheSubjectBetweenTwoQuotesIsAShiftOfTopic() {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples(String.join("\n\n",
                "Headline of the story",
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "Councilman Paul Vance disagreed with the schedule on Tuesday.",
                "\"The money is not there,\" he said.") + "\n");

        RankingExample last = examples.get(examples.size() - 1);
        assertThat(features(last, "Tom Reed")).contains("spoke-previous&other-subject-since");
        assertThat(features(last, "Paul Vance")).contains("subject-since-previous-quote");
    }

    @Test
    void aPreviousSpeakerNobodyDisplacedKeepsTheTopic() {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples(String.join("\n\n",
                "Headline of the story",
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "The bridge has cost the city more than planned.",
                "\"The money is there,\" he said.") + "\n");

        RankingExample last = examples.get(examples.size() - 1);
        assertThat(features(last, "Tom Reed")).contains("spoke-previous&no-other-subject-since");
    }

    private static List<String> features(RankingExample example, String speaker) {
        return example.candidates().stream().filter(c -> c.speaker().equals(speaker)).findFirst().orElseThrow().features();
    }
}
