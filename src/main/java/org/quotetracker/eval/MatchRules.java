package org.quotetracker.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** score.py's rules for whether a prediction is a gold quote, and whether its role and date are right. */
final class MatchRules {

    /** Without offsets, the quote is recognised by its words: quotes are rarely transcribed character for character. */
    private static final double MIN_WORD_F1 = 0.6;

    private MatchRules() {
    }

    /** The spans overlap by half of the shorter one, or, without offsets, the word sets have an F1 of at least 0.6. */
    static boolean matches(GoldQuote gold, Prediction predicted) {
        if (!predicted.hasOffsets()) {
            return wordF1(gold.text(), predicted.text()) >= MIN_WORD_F1;
        }
        long overlap = (long) Math.min(gold.end(), predicted.end()) - Math.max(gold.start(), predicted.start());
        long shorter = Math.min((long) gold.end() - gold.start(), (long) predicted.end() - predicted.start());
        return 2 * overlap >= (shorter == 0 ? 1 : shorter);
    }

    static double wordF1(String gold, String predicted) {
        Set<String> a = new HashSet<>(Words.of(gold));
        Set<String> b = new HashSet<>(Words.of(predicted));
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        long shared = a.stream().filter(b::contains).count();
        if (shared == 0) {
            return 0.0;
        }
        double precision = (double) shared / b.size();
        double recall = (double) shared / a.size();
        return 2 * precision * recall / (precision + recall);
    }

    /** At least half of the gold role's words (apart from stop words) are in the predicted role; no gold role, any role. */
    static boolean roleIsRight(GoldQuote gold, Prediction predicted) {
        Set<String> wanted = contentWords(gold.role());
        if (wanted.isEmpty()) {
            return true;
        }
        Set<String> given = contentWords(predicted.role());
        long shared = wanted.stream().filter(given::contains).count();
        return 2 * shared >= wanted.size();
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>(Words.of(text));
        words.removeAll(Words.STOP);
        return words;
    }

    /** The day is the gold one or one of its saidOnAlso; an unknown day is right only when the gold does not know it either. */
    static boolean dateIsRight(GoldQuote gold, Prediction predicted) {
        List<String> also = gold.saidOnAlso() == null ? List.of() : gold.saidOnAlso();
        return Objects.equals(gold.saidOn(), predicted.saidOn()) || also.stream().anyMatch(d -> Objects.equals(d, predicted.saidOn()));
    }
}
