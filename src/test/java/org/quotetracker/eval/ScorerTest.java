package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quotetracker.eval.Quotes.at;
import static org.quotetracker.eval.Quotes.gold;
import static org.quotetracker.eval.Quotes.goldStandard;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final GoldQuote FIRST = gold("{'text': 'a', 'start': 0, 'end': 10, 'speaker': 'Jens Stoltenberg', 'role': 'NATO chief', 'saidOn': '2023-06-13'}");
    private static final GoldQuote SECOND = gold("{'text': 'b', 'start': 20, 'end': 30, 'speaker': 'Jens Stoltenberg', 'role': 'NATO chief', 'saidOn': '2023-06-13'}");
    private static final GoldQuote OPTIONAL = gold("{'text': 'c', 'start': 40, 'end': 50, 'required': false}");

    private static Figures score(GoldStandard gold, Prediction... predictions) {
        return Scorer.score(gold, List.of(predictions)).figures();
    }

    private static Prediction right(int start, int end) {
        return new Prediction("a.txt", "", start, end, "Stoltenberg", "PERSON", "NATO chief", "2023-06-13", null);
    }

    @Test
    void aMatchingPredictionFindsTheGoldQuote() {
        Figures f = score(goldStandard(FIRST, SECOND), right(0, 10));
        assertEquals(List.of(2, 1, 1, 0), List.of(f.gold(), f.predicted(), f.found(), f.falsePositives()));
        assertEquals(new PrecisionRecall(1.0, 0.5, 0.6667), f.extraction());
    }

    @Test
    void aPredictionSpanningTwoGoldQuotesFindsBothButCountsOnce() {
        Figures f = score(goldStandard(FIRST, SECOND), right(0, 30));
        assertEquals(2, f.found());
        assertEquals(1, f.predicted());
        assertEquals(new PrecisionRecall(1.0, 1.0, 1.0), f.extraction());
    }

    @Test
    void theFirstUnusedMatchingPredictionIsTaken() {
        Scoring s = Scorer.score(goldStandard(FIRST), List.of(right(0, 10), right(2, 9)));
        assertEquals(1, s.figures().falsePositives());
        assertEquals(2, s.falseQuotes().get(0).given().start());
    }

    @Test
    void aPredictedOptionalQuoteIsNeitherFoundNorFalse() {
        Figures f = score(goldStandard(FIRST, OPTIONAL), right(0, 10), at(40, 50));
        assertEquals(List.of(1, 1, 1, 0), List.of(f.gold(), f.predicted(), f.found(), f.falsePositives()));
    }

    @Test
    void aMissedOptionalQuoteIsNoMiss() {
        Scoring s = Scorer.score(goldStandard(FIRST, OPTIONAL), List.of(right(0, 10)));
        assertEquals(1.0, s.figures().extraction().recall());
        assertEquals(List.of(), s.missed());
    }

    @Test
    void anUnmatchedPredictionIsAFalsePositive() {
        Figures f = score(goldStandard(FIRST), right(0, 10), at(60, 70));
        assertEquals(1, f.falsePositives());
        assertEquals(0.5, f.extraction().precision());
    }

    @Test
    void predictionsForFilesTheGoldDoesNotKnowAreUnscored() {
        Prediction elsewhere = new Prediction("b.txt", "", 0, 10, null, null, null, null, null);
        Figures f = score(goldStandard(FIRST), elsewhere);
        assertEquals(List.of(0, 0, 1), List.of(f.predicted(), f.falsePositives(), f.unscoredPredictions()));
    }

    @Test
    void aPredictionNamesItsFileByPathOrBaseName() {
        Prediction byPath = new Prediction("C:\\seed\\a.txt", "", 0, 10, null, null, null, null, null);
        assertEquals(1, score(goldStandard(FIRST), byPath).found());
    }

    @Test
    void endToEndCountsOnlyQuotesWithTheRightSpeaker() {
        Prediction wrongSpeaker = new Prediction("a.txt", "", 20, 30, "Biden", "PERSON", null, null, null);
        Figures f = score(goldStandard(FIRST, SECOND), right(0, 10), wrongSpeaker);
        assertEquals(0.5, f.attributionAccuracy());
        assertEquals(new PrecisionRecall(0.5, 0.5, 0.5), f.endToEnd());
    }

    @Test
    void theRoleIsScoredOnlyForRightSpeakers() {
        Prediction wrongSpeaker = new Prediction("a.txt", "", 20, 30, "Biden", "PERSON", "US President", null, null);
        Figures f = score(goldStandard(FIRST, SECOND), right(0, 10), wrongSpeaker);
        assertEquals(1.0, f.roleAccuracy());
        assertEquals(0.5, f.dateAccuracy());
    }

    @Test
    void anUncheckedSpeakerCountsAsRightAndLeavesTheRoleUnscored() {
        GoldQuote unchecked = gold("{'text': 'a', 'start': 0, 'end': 10, 'speaker': 'he', 'speakerChecked': false}");
        Figures f = score(goldStandard(unchecked), new Prediction("a.txt", "", 0, 10, "Biden", "PERSON", null, null, null));
        assertEquals(1.0, f.attributionAccuracy());
        assertNull(f.roleAccuracy());
    }

    @Test
    void uncheckedRolesAndDatesAreNotApplicable() {
        GoldQuote quote = gold("{'text': 'a', 'start': 0, 'end': 10, 'speaker': 'Jens Stoltenberg', 'roleChecked': false, 'dateChecked': false}");
        Figures f = score(goldStandard(quote), right(0, 10));
        assertNull(f.roleAccuracy());
        assertNull(f.dateAccuracy());
        assertEquals("extraction P 1.000 R 1.000 F1 1.000 | attribution accuracy 1.000 | role n/a | date n/a", f.summary().get(1));
    }

    @Test
    void noPredictionsScoreZeroEverywhere() {
        Figures f = score(goldStandard(FIRST));
        assertEquals(new PrecisionRecall(0.0, 0.0, 0.0), f.extraction());
        assertEquals(0.0, f.attributionAccuracy());
    }
}
