package org.quotetracker.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gold quote a predicted span stands for, and whether a speaker would be accepted for it, by score.py's rules:
 * what the {@code train} command labels candidates with and measures the hand-resolved subset by.
 */
public final class GoldLookup {

    private final Map<String, List<GoldQuote>> byFile = new HashMap<>();

    public GoldLookup(GoldStandard gold) {
        gold.articles().forEach(a -> byFile.put(a.baseName(), a.quotes()));
    }

    /** The first required gold quote with a scored speaker that the span matches (overlap of half the shorter). */
    public Optional<GoldQuote> scoredAt(String file, int start, int end) {
        Prediction span = new Prediction(file, "", start, end, null, null, null, null, null);
        return byFile.getOrDefault(Scorer.baseName(file), List.of()).stream()
                .filter(g -> g.isRequired() && g.isSpeakerChecked() && MatchRules.matches(g, span))
                .findFirst();
    }

    /** Whether score.py's speaker rule accepts this speaker for the gold quote. */
    public static boolean accepts(GoldQuote gold, String speaker) {
        return SpeakerRule.isRight(gold, new Prediction(null, "", gold.start(), gold.end(), speaker, null, null, null, null));
    }

    /**
     * Of the hand-resolved quotes (pronoun, description or no source), how many the predictions find with the right
     * speaker: the first prediction overlapping a gold quote by half the shorter span is its answer.
     *
     * @return {right, total}
     */
    public int[] reviewedRight(List<Prediction> predictions) {
        Map<String, List<Prediction>> preds = new HashMap<>();
        predictions.forEach(p -> preds.computeIfAbsent(Scorer.baseName(p.file()), f -> new java.util.ArrayList<>()).add(p));
        int right = 0;
        int total = 0;
        for (Map.Entry<String, List<GoldQuote>> article : byFile.entrySet()) {
            for (GoldQuote g : article.getValue()) {
                if (!g.isReviewed()) {
                    continue;
                }
                total++;
                Optional<Prediction> answer = preds.getOrDefault(article.getKey(), List.of()).stream()
                        .filter(p -> p.hasOffsets() && 2L * (Math.min(p.end(), g.end()) - Math.max(p.start(), g.start()))
                                >= Math.min(p.end() - p.start(), g.end() - g.start()))
                        .findFirst();
                right += answer.isPresent() && SpeakerRule.isRight(g, answer.get()) ? 1 : 0;
            }
        }
        return new int[] {right, total};
    }
}
