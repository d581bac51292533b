package org.quotetracker.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.quotetracker.extraction.Ranker;

/**
 * A conditional logit ("softmax per quote") trainer for the attribution ranker: the probability of a candidate is the
 * softmax of the linear scores of the quote's candidates, and training maximises the probability of the right ones.
 * This is the objective the engine uses when it chooses (the argmax per quote), where a binary classifier over single
 * candidates learns what makes anyone a likely speaker rather than what makes one candidate beat the others.
 * Tribuo has no per-group objective, hence these few lines: AdaGrad with weight averaging, a fixed seed.
 */
final class QuoteSoftmax {

    /** One quote: the features of each candidate (indices) and which candidates score.py would accept. */
    record Group(int[][] features, boolean[] right) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    void add(List<List<String>> candidateFeatures, List<Boolean> right) {
        int[][] features = new int[candidateFeatures.size()][];
        boolean[] r = new boolean[right.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = new LinkedHashSet<>(candidateFeatures.get(i)).stream().mapToInt(this::indexOf).toArray();
            r[i] = right.get(i);
        }
        groups.add(new Group(features, r));
    }

    private int indexOf(String feature) {
        return index.computeIfAbsent(feature, f -> {
            names.add(f);
            return names.size() - 1;
        });
    }

    Ranker fit(int epochs, double rate, double l2, long seed) {
        int n = names.size();
        double[] w = new double[n];
        double[] squares = new double[n];
        double[] sum = new double[n];
        long steps = 0;
        List<Group> order = new ArrayList<>(groups);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Group g : order) {
                double[] p = probabilities(g, w);
                double rightMass = 0;
                for (int i = 0; i < p.length; i++) {
                    rightMass += g.right[i] ? p[i] : 0;
                }
                // gradient of -log(sum of the right candidates' probabilities): p_i minus its share of the right mass
                Map<Integer, Double> gradient = new HashMap<>();
                for (int i = 0; i < p.length; i++) {
                    double target = g.right[i] ? p[i] / Math.max(rightMass, 1e-12) : 0;
                    double d = p[i] - target;
                    if (d != 0) {
                        for (int f : g.features[i]) {
                            gradient.merge(f, d, Double::sum);
                        }
                    }
                }
                for (Map.Entry<Integer, Double> e : gradient.entrySet()) {
                    int f = e.getKey();
                    double d = e.getValue() + l2 * w[f];
                    squares[f] += d * d;
                    w[f] -= rate * d / (Math.sqrt(squares[f]) + 1e-8);
                }
                steps++;
                for (int f = 0; f < n; f++) {
                    sum[f] += w[f];
                }
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int f = 0; f < n; f++) {
            weights.put(names.get(f), sum[f] / Math.max(steps, 1));
        }
        return Ranker.of(weights);
    }

    private static double[] probabilities(Group g, double[] w) {
        double[] p = new double[g.features.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            for (int f : g.features[i]) {
                p[i] += w[f];
            }
            max = Math.max(max, p[i]);
        }
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(p[i] - max);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }
}
