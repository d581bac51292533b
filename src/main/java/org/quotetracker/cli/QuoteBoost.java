package org.quotetracker.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.quotetracker.extraction.Ranker;

/**
 * Gradient-boosted decision trees for the attribution ranker, under the same per-quote objective as
 * {@link QuoteSoftmax}: a candidate's score is the base model's score plus the trees' values, the probability of a
 * candidate the softmax of its quote's scores, and each round fits one tree to the gradient of
 * -log(probability of the right candidates) by Newton steps (the second-order split gain of XGBoost). The trees
 * capture what a sum of weights cannot: a fact that counts only together with another.
 *
 * <p>The features are binary (a pair has a fact or not), so a split is "has feature f"; features seen in fewer than
 * {@code minCount} pairs are not split on. Every quote and every pair is used each round, in a fixed order: the same
 * model every run. A few pages of plain Java, because the engine walks the trees itself (no native library at run time,
 * and the XGBoost4J jars carry one for training alone).
 */
final class QuoteBoost {

    /** How the trees grow: rounds, shrinkage, depth, L2 on leaf values, least hessian per leaf, least pairs per feature. */
    record Settings(int rounds, double rate, int depth, double lambda, double minChildHessian, int minCount) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<int[]> rows = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<Double> base = new ArrayList<>();
    private final List<Integer> groupStart = new ArrayList<>();

    /** One quote: each candidate's features, which candidates are right, and the base model's score of each. */
    void add(List<List<String>> candidateFeatures, List<Boolean> rightOnes, double[] baseScores) {
        groupStart.add(rows.size());
        for (int i = 0; i < candidateFeatures.size(); i++) {
            rows.add(new LinkedHashSet<>(candidateFeatures.get(i)).stream().mapToInt(this::indexOf).toArray());
            right.add(rightOnes.get(i));
            base.add(baseScores[i]);
        }
    }

    private int indexOf(String feature) {
        return index.computeIfAbsent(feature, f -> {
            names.add(f);
            return names.size() - 1;
        });
    }

    /** The trees, added to the base model's weights. */
    Ranker fit(Map<String, Double> baseWeights, Settings s) {
        int n = rows.size();
        int features = names.size();
        int[] count = new int[features];
        for (int[] r : rows) {
            for (int f : r) {
                count[f]++;
            }
        }
        // the rows keep only the features a tree may split on
        int[][] x = new int[n][];
        for (int i = 0; i < n; i++) {
            x[i] = java.util.Arrays.stream(rows.get(i)).filter(f -> count[f] >= s.minCount()).toArray();
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = base.get(i);
        }
        int[] starts = new int[groupStart.size() + 1];
        for (int g = 0; g < groupStart.size(); g++) {
            starts[g] = groupStart.get(g);
        }
        starts[groupStart.size()] = n;
        double[] grad = new double[n];
        double[] hess = new double[n];
        double[] gSum = new double[features];
        double[] hSum = new double[features];
        List<Ranker.Tree> trees = new ArrayList<>();
        for (int round = 0; round < s.rounds(); round++) {
            gradients(starts, score, grad, hess);
            Builder b = new Builder(x, grad, hess, gSum, hSum, s);
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            b.grow(all, 0);
            Ranker.Tree t = b.tree();
            trees.add(t);
            for (int i = 0; i < n; i++) {
                score[i] += b.leafOf[i];
            }
        }
        // tree features are written by name: re-index them densely over the features the trees use
        Map<Integer, Integer> used = new HashMap<>();
        List<String> usedNames = new ArrayList<>();
        List<Ranker.Tree> remapped = new ArrayList<>();
        for (Ranker.Tree t : trees) {
            int[] feature = t.feature().clone();
            for (int k = 0; k < feature.length; k++) {
                if (feature[k] >= 0) {
                    int old = feature[k];
                    feature[k] = used.computeIfAbsent(old, o -> {
                        usedNames.add(names.get(o));
                        return usedNames.size() - 1;
                    });
                }
            }
            remapped.add(new Ranker.Tree(feature, t.yes(), t.no(), t.value()));
        }
        return Ranker.of(baseWeights, usedNames, remapped);
    }

    /** Per quote: p_i minus its share of the right mass (the softmax gradient), and p_i(1-p_i) as the hessian. */
    private void gradients(int[] starts, double[] score, double[] grad, double[] hess) {
        for (int g = 0; g + 1 < starts.length; g++) {
            int from = starts[g];
            int to = starts[g + 1];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                max = Math.max(max, score[i]);
            }
            double total = 0;
            for (int i = from; i < to; i++) {
                total += Math.exp(score[i] - max);
            }
            double rightMass = 0;
            for (int i = from; i < to; i++) {
                rightMass += right.get(i) ? Math.exp(score[i] - max) / total : 0;
            }
            for (int i = from; i < to; i++) {
                double p = Math.exp(score[i] - max) / total;
                double target = right.get(i) ? p / Math.max(rightMass, 1e-12) : 0;
                grad[i] = p - target;
                hess[i] = Math.max(p * (1 - p), 1e-6);
            }
        }
    }

    /** Grows one tree depth-first; nodes are numbered in the order they are created (the root is 0). */
    private static final class Builder {
        private final int[][] x;
        private final double[] grad;
        private final double[] hess;
        private final double[] gSum;
        private final double[] hSum;
        private final Settings s;
        private final List<Integer> feature = new ArrayList<>();
        private final List<Integer> yes = new ArrayList<>();
        private final List<Integer> no = new ArrayList<>();
        private final List<Double> value = new ArrayList<>();
        final double[] leafOf;

        Builder(int[][] x, double[] grad, double[] hess, double[] gSum, double[] hSum, Settings s) {
            this.x = x;
            this.grad = grad;
            this.hess = hess;
            this.gSum = gSum;
            this.hSum = hSum;
            this.s = s;
            this.leafOf = new double[x.length];
        }

        int grow(int[] rows, int depth) {
            int node = feature.size();
            feature.add(-1);
            yes.add(0);
            no.add(0);
            value.add(0.0);
            double g = 0;
            double h = 0;
            for (int i : rows) {
                g += grad[i];
                h += hess[i];
            }
            int best = depth < s.depth() ? bestSplit(rows, g, h) : -1;
            if (best < 0) {
                double v = -s.rate() * g / (h + s.lambda());
                value.set(node, v);
                for (int i : rows) {
                    leafOf[i] = v;
                }
                return node;
            }
            int with = 0;
            for (int i : rows) {
                with += has(x[i], best) ? 1 : 0;
            }
            int[] left = new int[with];
            int[] right = new int[rows.length - with];
            int l = 0;
            int r = 0;
            for (int i : rows) {
                if (has(x[i], best)) {
                    left[l++] = i;
                } else {
                    right[r++] = i;
                }
            }
            feature.set(node, best);
            yes.set(node, grow(left, depth + 1));
            no.set(node, grow(right, depth + 1));
            return node;
        }

        private static boolean has(int[] row, int f) {
            for (int v : row) {
                if (v == f) {
                    return true;
                }
            }
            return false;
        }

        private int bestSplit(int[] rows, double g, double h) {
            List<Integer> touched = new ArrayList<>();
            for (int i : rows) {
                for (int f : x[i]) {
                    if (hSum[f] == 0 && gSum[f] == 0) {
                        touched.add(f);
                    }
                    gSum[f] += grad[i];
                    hSum[f] += hess[i];
                }
            }
            double parent = g * g / (h + s.lambda());
            double bestGain = 1e-6;
            int best = -1;
            for (int f : touched) {
                double gl = gSum[f];
                double hl = hSum[f];
                double gr = g - gl;
                double hr = h - hl;
                if (hl >= s.minChildHessian() && hr >= s.minChildHessian()) {
                    double gain = gl * gl / (hl + s.lambda()) + gr * gr / (hr + s.lambda()) - parent;
                    if (gain > bestGain || gain == bestGain && best >= 0 && f < best) {
                        bestGain = gain;
                        best = f;
                    }
                }
                gSum[f] = 0;
                hSum[f] = 0;
            }
            return best;
        }

        Ranker.Tree tree() {
            int n = feature.size();
            int[] f = new int[n];
            int[] y = new int[n];
            int[] o = new int[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = feature.get(i);
                y[i] = yes.get(i);
                o[i] = no.get(i);
                v[i] = value.get(i);
            }
            return new Ranker.Tree(f, y, o, v);
        }
    }
}
