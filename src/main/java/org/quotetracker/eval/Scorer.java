package org.quotetracker.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions against a gold standard by the rules of score.py (/work/shared/eval/score.py), which this
 * ports line for line so that both give the same figures for the same predictions.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Scoring score(GoldStandard gold, List<Prediction> predictions) {
        Map<String, List<Prediction>> byFile = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            byFile.computeIfAbsent(baseName(p.file()), f -> new ArrayList<>()).add(p);
        }
        Tally t = new Tally();
        for (GoldArticle article : gold.articles()) {
            String file = article.baseName();
            List<Prediction> ps = byFile.remove(file);
            t.article(file, article.quotes(), ps == null ? List.of() : ps);
        }
        byFile.values().forEach(ps -> t.unscored += ps.size());
        return new Scoring(t.figures(), t.missed, t.wrongSpeakers, t.falseQuotes);
    }

    /** Predictions may name files by path; the gold by base name. */
    static String baseName(String name) {
        String path = name == null ? "" : name.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static final class Tally {
        int gold, found, truePositives, falsePositives, speaker, roleN, role, dateN, date, unscored;
        final List<Scoring.Missed> missed = new ArrayList<>();
        final List<Scoring.WrongSpeaker> wrongSpeakers = new ArrayList<>();
        final List<Scoring.FalseQuote> falseQuotes = new ArrayList<>();

        void article(String file, List<GoldQuote> quotes, List<Prediction> ps) {
            BitSet used = new BitSet();
            BitSet hit = new BitSet();
            for (GoldQuote g : quotes) {
                int best = bestMatch(g, ps, used);
                if (g.isRequired()) {
                    gold++;
                }
                if (best < 0) {
                    if (g.isRequired()) {
                        missed.add(new Scoring.Missed(file, g));
                    }
                    continue;
                }
                used.set(best);
                if (!g.isRequired()) {
                    continue;
                }
                hit.set(best);
                found(file, g, ps.get(best));
            }
            truePositives += hit.cardinality();
            for (int i = 0; i < ps.size(); i++) {
                if (!used.get(i)) {
                    falsePositives++;
                    falseQuotes.add(new Scoring.FalseQuote(file, ps.get(i)));
                }
            }
        }

        /** The first unused matching prediction, else the first matching one (a prediction may span several gold quotes), else -1. */
        private static int bestMatch(GoldQuote g, List<Prediction> ps, BitSet used) {
            int first = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (MatchRules.matches(g, ps.get(i))) {
                    if (!used.get(i)) {
                        return i;
                    }
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            return first;
        }

        private void found(String file, GoldQuote g, Prediction p) {
            found++;
            if (!g.isSpeakerChecked() || SpeakerRule.isRight(g, p)) {
                speaker++;
                if (g.isRoleChecked() && g.isSpeakerChecked()) {
                    roleN++;
                    role += MatchRules.roleIsRight(g, p) ? 1 : 0;
                }
            } else {
                wrongSpeakers.add(new Scoring.WrongSpeaker(file, g, p));
            }
            if (g.isDateChecked()) {
                dateN++;
                date += MatchRules.dateIsRight(g, p) ? 1 : 0;
            }
        }

        Figures figures() {
            int predicted = truePositives + falsePositives;
            double precision = predicted != 0 ? (double) truePositives / predicted : 0.0;
            double recall = gold != 0 ? (double) found / gold : 0.0;
            double e2ePrecision = found != 0 ? precision * ((double) speaker / found) : 0.0;
            double e2eRecall = gold != 0 ? (double) speaker / gold : 0.0;
            return new Figures(gold, predicted, found, falsePositives,
                    PrecisionRecall.of(precision, recall),
                    found != 0 ? PythonNumbers.round4((double) speaker / found) : 0.0,
                    PrecisionRecall.of(e2ePrecision, e2eRecall),
                    share(role, roleN),
                    share(date, dateN),
                    unscored);
        }

        private static Double share(int right, int of) {
            return of != 0 ? PythonNumbers.round4((double) right / of) : null;
        }
    }
}
