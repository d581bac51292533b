package org.quotetracker.eval;

/** Precision, recall and their F1, each rounded to four places like score.py. */
public record PrecisionRecall(double precision, double recall, double f1) {

    static PrecisionRecall of(double precision, double recall) {
        double f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new PrecisionRecall(PythonNumbers.round4(precision), PythonNumbers.round4(recall), PythonNumbers.round4(f1));
    }
}
