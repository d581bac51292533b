package org.quotetracker.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trained stage of attribution: a score for each (quote, candidate) pair from its facts, the sum of a linear part
 * (a weight per feature) and of boosted decision trees over the same features (each tree asks whether the pair has a
 * feature, then another, and adds the value of the leaf it reaches), so that the model can weigh a fact differently
 * in the presence of another ("subject of the previous sentence" when the pronoun agrees, not when it does not).
 *
 * <p>The model is a small text file ({@code ranker.txt}) that the {@code train} command rebuilds from a gold standard:
 * one {@code feature<TAB>weight} a line for the linear part, then the trees, each {@code @tree} followed by its nodes
 * in order, {@code @split<TAB>feature<TAB>yes<TAB>no} (child node numbers) or {@code @leaf<TAB>value}. Scoring is a sum
 * of weights and a walk down each tree, so the engine needs no machine-learning library at run time.
 */
public final class Ranker {

    private static final String SHIPPED = "ranker.txt";
    private static final Ranker INSTANCE = read(SHIPPED);

    /**
     * One regression tree, flattened: node {@code n} tests {@code feature[n]} (an index into the model's tree features)
     * and goes to {@code yes[n]} when the pair has it, to {@code no[n]} otherwise; a leaf has feature -1 and a value.
     */
    public record Tree(int[] feature, int[] yes, int[] no, double[] value) {

        double score(long[] present) {
            int n = 0;
            while (feature[n] >= 0) {
                int f = feature[n];
                n = (present[f >>> 6] & (1L << f)) != 0 ? yes[n] : no[n];
            }
            return value[n];
        }
    }

    /**
     * What the model knows of one feature name: its weight in the linear part (0 when it has none) and its index among
     * the trees' features (-1 when no tree asks for it), so that scoring looks each fact up once, not once per part.
     */
    private record Feature(double weight, int treeIndex) {
    }

    private final Map<String, Double> weights;
    private final List<String> treeFeatures;
    private final Map<String, Integer> treeFeatureIndex;
    /** Every feature the linear part or a tree knows, by name. */
    private final Map<String, Feature> features;
    /** The conjoined features by context and fact ("pronoun|subject-1" under "pronoun", "subject-1"), so that scoring a candidate builds no names. */
    private final Map<String, Map<String, Feature>> inContext;
    private final List<Tree> trees;

    private Ranker(Map<String, Double> weights, List<String> treeFeatures, List<Tree> trees) {
        this.weights = weights;
        this.treeFeatures = List.copyOf(treeFeatures);
        this.trees = List.copyOf(trees);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < treeFeatures.size(); i++) {
            index.put(treeFeatures.get(i), i);
        }
        this.treeFeatureIndex = index;
        Map<String, Feature> features = new HashMap<>();
        weights.keySet().forEach(f -> features.put(f, new Feature(weights.get(f), index.getOrDefault(f, -1))));
        index.keySet().forEach(f -> features.computeIfAbsent(f, x -> new Feature(0.0, index.get(f))));
        this.features = features;
        this.inContext = byContext(features);
    }

    /** The conjoined entries ("pronoun|subject-1") by context and fact ("pronoun", "subject-1"). */
    private static <V> Map<String, Map<String, V>> byContext(Map<String, V> byFeature) {
        Map<String, Map<String, V>> byContext = new HashMap<>();
        byFeature.forEach((feature, value) -> {
            int bar = feature.indexOf('|');
            if (bar > 0) {
                byContext.computeIfAbsent(feature.substring(0, bar), c -> new HashMap<>()).put(feature.substring(bar + 1), value);
            }
        });
        return byContext;
    }

    /** The model that ships in the jar, loaded once. */
    public static Ranker shipped() {
        return INSTANCE;
    }

    public static Ranker of(Map<String, Double> weights) {
        return new Ranker(Map.copyOf(weights), List.of(), List.of());
    }

    /** A linear part and trees whose nodes refer to {@code treeFeatures} by index. */
    public static Ranker of(Map<String, Double> weights, List<String> treeFeatures, List<Tree> trees) {
        return new Ranker(Map.copyOf(weights), treeFeatures, trees);
    }

    /** The linear part: a weight per feature. */
    public Map<String, Double> weights() {
        return weights;
    }

    /**
     * The model's score for a candidate: the same sum as {@link #score(List)} of its {@link Candidate#features}, in the
     * same order, looked up by context and fact instead of by conjoined names built for each candidate.
     */
    double score(Candidate candidate) {
        Map<String, Feature> conjoined = inContext.getOrDefault(candidate.context(), Map.of());
        Feature bias = features.get("bias");
        double sum = bias == null ? 0.0 : bias.weight();
        long[] present = trees.isEmpty() ? null : new long[(treeFeatures.size() >>> 6) + 1];
        mark(present, bias);
        for (String f : candidate.facts()) {
            Feature alone = features.get(f);
            Feature joined = conjoined.get(f);
            sum += alone == null ? 0.0 : alone.weight();
            sum += joined == null ? 0.0 : joined.weight();
            mark(present, alone);
            mark(present, joined);
        }
        if (present != null) {
            for (Tree t : trees) {
                sum += t.score(present);
            }
        }
        return sum;
    }

    /** Marks a feature the trees ask for as present (no-op without trees, or for a feature no tree asks for). */
    private static void mark(long[] present, Feature feature) {
        if (present != null && feature != null && feature.treeIndex() >= 0) {
            int i = feature.treeIndex();
            present[i >>> 6] |= 1L << i;
        }
    }

    /** Marks a tree feature by its index as present (no-op for a feature no tree asks for). */
    private static void mark(long[] present, Integer feature) {
        if (feature != null) {
            present[feature >>> 6] |= 1L << feature;
        }
    }

    /** The model's score for one candidate given by its feature names: the higher, the likelier the speaker. */
    public double score(List<String> features) {
        double sum = 0;
        for (String f : features) {
            sum += weights.getOrDefault(f, 0.0);
        }
        if (!trees.isEmpty()) {
            long[] present = new long[(treeFeatures.size() >>> 6) + 1];
            for (String f : features) {
                mark(present, treeFeatureIndex.get(f));
            }
            for (Tree t : trees) {
                sum += t.score(present);
            }
        }
        return sum;
    }

    /** Writes the model in the shipped format, the weights sorted, so that a rebuilt model diffs cleanly. */
    public void write(Writer out) throws IOException {
        out.write("# attribution ranker: feature<TAB>weight, then @tree blocks of @split<TAB>feature<TAB>yes<TAB>no / @leaf<TAB>value;"
                + " rebuilt by `train`, do not edit by hand\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() != 0.0) {
                out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
            }
        }
        for (Tree t : trees) {
            out.write("@tree\n");
            for (int n = 0; n < t.feature.length; n++) {
                if (t.feature[n] < 0) {
                    out.write("@leaf\t" + String.format(Locale.ROOT, "%.6f", t.value[n]) + "\n");
                } else {
                    out.write("@split\t" + treeFeatures.get(t.feature[n]) + "\t" + t.yes[n] + "\t" + t.no[n] + "\n");
                }
            }
        }
    }

    private static Ranker read(String resource) {
        try (InputStream in = Ranker.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Ranker(Map.of(), List.of(), List.of()); // untrained: every candidate scores 0 and the rule's choice stands
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ranker parse(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        List<String> features = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Tree> trees = new ArrayList<>();
        List<String[]> nodes = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (l.equals("@tree")) {
                addTree(nodes, trees, features, index);
            } else if (l.startsWith("@")) {
                nodes.add(l.split("\t"));
            } else {
                int tab = l.lastIndexOf('\t');
                weights.put(l.substring(0, tab), Double.parseDouble(l.substring(tab + 1)));
            }
        }
        addTree(nodes, trees, features, index);
        return new Ranker(weights, features, trees);
    }

    private static void addTree(List<String[]> nodes, List<Tree> trees, List<String> features, Map<String, Integer> index) {
        if (nodes.isEmpty()) {
            return;
        }
        int n = nodes.size();
        int[] feature = new int[n];
        int[] yes = new int[n];
        int[] no = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            String[] node = nodes.get(i);
            if (node[0].equals("@leaf")) {
                feature[i] = -1;
                value[i] = Double.parseDouble(node[1]);
            } else {
                feature[i] = index.computeIfAbsent(node[1], f -> {
                    features.add(f);
                    return features.size() - 1;
                });
                yes[i] = Integer.parseInt(node[2]);
                no[i] = Integer.parseInt(node[3]);
            }
        }
        trees.add(new Tree(feature, yes, no, value));
        nodes.clear();
    }
}
