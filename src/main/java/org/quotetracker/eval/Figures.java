package org.quotetracker.eval;

import java.util.List;

/**
 * score.py's figures, under its key names. Extraction precision counts predictions, recall counts required gold
 * quotes; end to end, a quote counts only with its speaker right.
 *
 * @param attributionAccuracy share of the found quotes whose speaker is right
 * @param roleAccuracy        share of right speakers with the right role, null when no role is scored
 * @param dateAccuracy        share of found quotes with the right day, null when no date is scored
 * @param unscoredPredictions predictions for files the gold standard does not know
 */
public record Figures(
        int gold,
        int predicted,
        int found,
        int falsePositives,
        PrecisionRecall extraction,
        double attributionAccuracy,
        PrecisionRecall endToEnd,
        Double roleAccuracy,
        Double dateAccuracy,
        int unscoredPredictions) {

    /** The three lines score.py prints, word for word. */
    public List<String> summary() {
        return List.of(
                "quotes: gold %d, predicted %d, found %d, false positives %d".formatted(gold, predicted, found, falsePositives),
                "extraction P %s R %s F1 %s | attribution accuracy %s | role %s | date %s".formatted(
                        fixed(extraction.precision()), fixed(extraction.recall()), fixed(extraction.f1()),
                        fixed(attributionAccuracy), fixed(roleAccuracy), fixed(dateAccuracy)),
                "end-to-end (quote and speaker right) P %s R %s F1 %s".formatted(
                        fixed(endToEnd.precision()), fixed(endToEnd.recall()), fixed(endToEnd.f1())));
    }

    private static String fixed(Double x) {
        return x == null ? "n/a" : PythonNumbers.fixed3(x);
    }
}
