package org.quotetracker.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trained stage of attribution: a linear model over the facts of a (quote, candidate) pair. Its weights are a small
 * text file ({@code ranker.txt}, one {@code feature<TAB>weight} a line) that the {@code train} command rebuilds from a
 * gold standard; scoring is a sum of weights, so the engine needs no machine-learning library at run time.
 */
public final class Ranker {

    private static final String SHIPPED = "ranker.txt";
    private static final Ranker INSTANCE = read(SHIPPED);

    private final Map<String, Double> weights;

    private Ranker(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** The model that ships in the jar, loaded once. */
    public static Ranker shipped() {
        return INSTANCE;
    }

    public static Ranker of(Map<String, Double> weights) {
        return new Ranker(Map.copyOf(weights));
    }

    /** The model's score for one candidate: the higher, the likelier the speaker. */
    public double score(List<String> features) {
        double sum = 0;
        for (String f : features) {
            sum += weights.getOrDefault(f, 0.0);
        }
        return sum;
    }

    /** Writes the weights in the shipped format, sorted, so that a rebuilt model diffs cleanly. */
    public void write(Writer out) throws IOException {
        out.write("# attribution ranker: feature<TAB>weight; rebuilt by `train`, do not edit by hand\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() != 0.0) {
                out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
            }
        }
    }

    private static Ranker read(String resource) {
        Map<String, Double> weights = new HashMap<>();
        try (InputStream in = Ranker.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Ranker(Map.of()); // untrained: every candidate scores 0 and the rule's choice stands
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        int tab = l.lastIndexOf('\t');
                        weights.put(l.substring(0, tab), Double.parseDouble(l.substring(tab + 1)));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Ranker(weights);
    }
}
