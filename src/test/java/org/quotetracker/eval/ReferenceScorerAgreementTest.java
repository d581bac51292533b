package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Java scorer gives exactly the figures of the reference scorer, score.py, for a deliberately imperfect prediction
 * set of the seed articles (missed quotes, wrong speakers, roles and dates, false positives, quotes without offsets).
 * The expected figures are score.py's own output, committed next to the predictions.
 */
class ReferenceScorerAgreementTest {

    @Test
    void scoresTheSeedFixtureExactlyAsScorePyDoes() throws Exception {
        Figures expected;
        try (InputStream in = getClass().getResourceAsStream("/eval/seed-predictions-fixture.expected.json")) {
            expected = JsonMapper.builder().build().readValue(in, Figures.class);
        }

        Figures actual = Scorer.score(GoldStandard.seed(), fixture()).figures();

        assertEquals(expected, actual);
    }

    @Test
    void printsTheSameSummaryAsScorePy() throws Exception {

        List<String> summary = Scorer.score(GoldStandard.seed(), fixture()).figures().summary();

        assertEquals(List.of(
                "quotes: gold 46, predicted 44, found 40, false positives 5",
                "extraction P 0.886 R 0.870 F1 0.878 | attribution accuracy 0.875 | role 0.886 | date 0.825",
                "end-to-end (quote and speaker right) P 0.776 R 0.761 F1 0.768"), summary);
    }

    private List<Prediction> fixture() throws Exception {
        return Predictions.readJsonLines(Path.of(getClass().getResource("/eval/seed-predictions-fixture.jsonl").toURI()));
    }
}
