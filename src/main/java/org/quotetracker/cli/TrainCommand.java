package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.quotetracker.eval.Figures;
import org.quotetracker.eval.GoldArticle;
import org.quotetracker.eval.GoldLookup;
import org.quotetracker.eval.GoldQuote;
import org.quotetracker.eval.GoldStandard;
import org.quotetracker.eval.Prediction;
import org.quotetracker.eval.Scorer;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.QuoteExtractor;
import org.quotetracker.extraction.Ranker;
import org.quotetracker.extraction.RankingExample;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;

/**
 * {@code train}: rebuilds the attribution ranker from a gold standard and its article texts. It prints
 * leave-one-outlet-out figures first (train on every outlet but one, score that one by score.py's rules: the honest
 * figures for unseen news) with the held-out ranker's own choice by rule, a reliability table of the ranker's confidence on those held-out quotes, then the
 * in-sample figures of the model trained on everything, which it writes.
 *
 * <p>A candidate is a positive example when score.py's speaker rule accepts it for the gold quote its quote matches.
 * The outlet of an article is its file name's prefix before the first underscore ({@code nyt_2016-...}).
 */
final class TrainCommand implements Command {

    private static final String USAGE = "usage: train --gold GOLD.json --texts DIR [--out FILE] [--objective softmax|binary|boost|trees] [--rounds N] [--depth N] [--rate X] [--seed N] [--errors FILE]";
    private static final String SPEAKER = "speaker";
    private static final String OTHER = "other";
    private static final int EPOCHS = 10;
    /** The shipped model's seed; others (`--seed`) show how far a figure moves with the training order alone. */
    private static final int SEED = 17;
    private static final double SOFTMAX_RATE = 0.1;
    private static final double SOFTMAX_L2 = 0.001;
    private static final int ROUNDS = 200;
    private static final int DEPTH = 4;
    private static final double BOOST_RATE = 0.1;
    private static final double[] BINS = {0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001};

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "--gold GOLD.json --texts DIR [--out FILE] [--objective softmax|binary|boost|trees] [--rounds N] [--depth N] [--rate X] [--seed N] [--errors FILE]  rebuild the attribution ranker; print leave-one-outlet-out figures";
    }

    /** An article of the training set: its outlet, its text and the ranking examples of its quotes. */
    private record Doc(String file, String outlet, String text, List<RankingExample> examples) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Arguments a;
        try {
            a = Arguments.parse(args, Set.of(), Set.of("--gold", "--texts", "--out", "--objective", "--rounds", "--depth", "--rate", "--seed", "--errors"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (a.option("--gold") == null || a.option("--texts") == null) {
            err.println(USAGE);
            return 2;
        }
        GoldStandard gold = GoldStandard.read(Path.of(a.option("--gold")));
        Path texts = Path.of(a.option("--texts"));
        Path model = Path.of(a.option("--out") != null ? a.option("--out") : "src/main/resources/org/quotetracker/extraction/ranker.txt");
        GoldLookup lookup = new GoldLookup(gold);
        String objective = a.option("--objective") != null ? a.option("--objective") : "softmax";
        PrintStream errors = a.option("--errors") != null ? new PrintStream(a.option("--errors"), StandardCharsets.UTF_8) : null;
        QuoteBoost.Settings boost = new QuoteBoost.Settings(a.count("--rounds", ROUNDS),
                a.option("--rate") != null ? Double.parseDouble(a.option("--rate")) : BOOST_RATE, a.count("--depth", DEPTH), 1.0, 1.0, 20);

        long seed = a.count("--seed", SEED);

        long started = System.nanoTime();
        QuoteExtractor reader = new QuoteExtractor(Ranker.of(Map.of()));
        List<Doc> docs = new ArrayList<>();
        for (GoldArticle article : gold.articles()) {
            String text = ArticleFiles.read(texts.resolve(article.baseName()));
            docs.add(new Doc(article.baseName(), outlet(article.baseName()), text, null));
        }
        docs = docs.parallelStream().map(d -> new Doc(d.file, d.outlet, d.text, reader.rankingExamples(d.text))).toList();
        err.printf("train: read %d articles in %.1f s%n", docs.size(), (System.nanoTime() - started) / 1e9);

        coverage(out, docs, lookup);
        Set<String> outlets = new LinkedHashSet<>(docs.stream().map(Doc::outlet).toList());
        out.println("leave-one-outlet-out (train on the others, score this one):");
        out.printf("  %-14s %6s %6s %8s %8s %10s%n", "outlet", "gold", "found", "attrib", "e2e F1", "reviewed");
        List<Prediction> pooled = new ArrayList<>();
        List<double[]> reliability = new ArrayList<>();
        Map<String, int[]> heldOutChoice = new TreeMap<>();
        StringBuilder missing = new StringBuilder();
        for (String held : outlets) {
            List<Doc> train = docs.stream().filter(d -> !d.outlet.equals(held)).toList();
            List<Doc> test = docs.stream().filter(d -> d.outlet.equals(held)).toList();
            Ranker fold = fit(objective, boost, seed, train, lookup);
            choices(reread(test, fold), lookup, fold, heldOutChoice, errors, missing);
            QuoteExtractor extractor = new QuoteExtractor(fold);
            List<Prediction> predictions = predict(extractor, test, lookup, reliability);
            pooled.addAll(predictions);
            print(out, held, subset(gold, test), predictions);
        }
        print(out, "all (pooled)", gold, pooled);
        if (errors != null) {
            errors.println();
            errors.println("held-out quotes whose right speaker is not among the candidates (the ranker cannot be right):");
            errors.print(missing);
            errors.close();
        }
        out.println("the held-out ranker's own choice by the rule that reached the quote (before any sieve keeps the rule's):");
        heldOutChoice.forEach((rule, n) -> out.printf("  %-18s %6d %10.3f%n", rule, n[0], (double) n[1] / n[0]));
        out.println("reliability of the held-out confidence (quotes matching a gold quote with a scored speaker):");
        out.printf("  %-12s %6s %10s %10s%n", "confidence", "quotes", "mean conf", "right");
        for (int b = 0; b + 1 < BINS.length; b++) {
            double lo = BINS[b];
            double hi = BINS[b + 1];
            List<double[]> in = reliability.stream().filter(r -> r[0] >= lo && r[0] < hi).toList();
            if (!in.isEmpty()) {
                out.printf("  %.2f-%.2f    %6d %10.3f %10.3f%n", lo, Math.min(hi, 1.0), in.size(),
                        in.stream().mapToDouble(r -> r[0]).average().orElse(0), in.stream().mapToDouble(r -> r[1]).average().orElse(0));
            }
        }

        Ranker ranker = fit(objective, boost, seed, docs, lookup);
        print(out, "in-sample", gold, predict(new QuoteExtractor(ranker), docs, lookup, new ArrayList<>()));
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            ranker.write(w);
        }
        out.println("wrote " + model);
        return 0;
    }

    /** Per rule: how many quotes it reached, how often its choice was right, how often any candidate was (the ranker's ceiling). */
    private static void coverage(PrintStream out, List<Doc> docs, GoldLookup lookup) {
        Map<String, int[]> byRule = new TreeMap<>();
        for (Doc d : docs) {
            for (RankingExample ex : d.examples) {
                Optional<GoldQuote> g = lookup.scoredAt(d.file, ex.start(), ex.end());
                if (g.isPresent()) {
                    int[] n = byRule.computeIfAbsent(String.valueOf(ex.rule()), r -> new int[3]);
                    n[0]++;
                    n[1] += !ex.candidates().isEmpty() && GoldLookup.accepts(g.get(), ex.candidates().get(0).speaker()) ? 1 : 0;
                    n[2] += ex.candidates().stream().anyMatch(c -> GoldLookup.accepts(g.get(), c.speaker())) ? 1 : 0;
                }
            }
        }
        out.println("candidates by the rule that reached the quote (quotes with a scored gold speaker):");
        out.printf("  %-18s %6s %10s %12s%n", "rule", "quotes", "rule right", "any right");
        byRule.forEach((rule, n) -> out.printf("  %-18s %6d %10.3f %12.3f%n", rule, n[0], (double) n[1] / n[0], (double) n[2] / n[0]));
    }

    static String outlet(String file) {
        int cut = file.indexOf('_');
        return cut > 0 ? file.substring(0, cut) : file;
    }

    private static GoldStandard subset(GoldStandard gold, List<Doc> docs) {
        Set<String> files = new java.util.HashSet<>(docs.stream().map(Doc::file).toList());
        return new GoldStandard(gold.articles().stream().filter(g -> files.contains(g.baseName())).toList());
    }

    private static void print(PrintStream out, String name, GoldStandard gold, List<Prediction> predictions) {
        Figures f = Scorer.score(gold, predictions).figures();
        int[] reviewed = new GoldLookup(gold).reviewedRight(predictions);
        out.printf("  %-14s %6d %6d %8.4f %8.4f %10.4f%n", name, f.gold(), f.found(), f.attributionAccuracy(), f.endToEnd().f1(),
                reviewed[1] == 0 ? 0.0 : (double) reviewed[0] / reviewed[1]);
    }

    /** Extracts the articles with this ranker; notes (confidence, right) of each quote with a scored gold quote. */
    private static List<Prediction> predict(QuoteExtractor extractor, List<Doc> docs, GoldLookup lookup, List<double[]> reliability) {
        List<Prediction> predictions = new ArrayList<>();
        for (Doc d : docs) {
            for (ExtractedQuote q : extractor.extract(d.text).quotes()) {
                Prediction p = Prediction.of(d.file, q);
                predictions.add(p);
                Optional<GoldQuote> g = lookup.scoredAt(d.file, q.start(), q.end());
                if (g.isPresent()) {
                    boolean right = q.speaker() != null && GoldLookup.accepts(g.get(), q.speaker().name());
                    reliability.add(new double[] {q.confidence(), right ? 1 : 0});
                }
            }
        }
        return predictions;
    }

    /**
     * For each held-out quote with a scored gold speaker: whether the ranker's likeliest candidate is right, by rule.
     * With {@code --errors}, each quote whose right speaker was a candidate the ranker did not choose is written out
     * with its context and every candidate's score and facts: what to study before adding a fact. Each quote whose right
     * speaker is no candidate at all goes to {@code missing} with the candidates' names: what the reading missed.
     */
    private static void choices(List<Doc> docs, GoldLookup lookup, Ranker ranker, Map<String, int[]> byRule, PrintStream errors,
            StringBuilder missing) {
        for (Doc d : docs) {
            for (RankingExample ex : d.examples) {
                Optional<GoldQuote> g = lookup.scoredAt(d.file, ex.start(), ex.end());
                if (g.isEmpty()) {
                    continue;
                }
                if (ex.candidates().stream().noneMatch(c -> GoldLookup.accepts(g.get(), c.speaker()))) {
                    missing.append(String.format("%s %d rule=%s gold=%s | %s%n    candidates: %s%n", d.file, ex.start(), ex.rule(),
                            g.get().speaker(), context(d.text, ex), ex.candidates().stream().map(RankingExample.Option::speaker).toList()));
                }
                if (ex.candidates().isEmpty()) {
                    continue;
                }
                int best = 0;
                for (int i = 1; i < ex.candidates().size(); i++) {
                    if (ranker.score(ex.candidates().get(i).features()) > ranker.score(ex.candidates().get(best).features())) {
                        best = i;
                    }
                }
                int[] n = byRule.computeIfAbsent(String.valueOf(ex.rule()), r -> new int[2]);
                n[0]++;
                boolean right = GoldLookup.accepts(g.get(), ex.candidates().get(best).speaker());
                n[1] += right ? 1 : 0;
                if (!right && errors != null && ex.candidates().stream().anyMatch(c -> GoldLookup.accepts(g.get(), c.speaker()))) {
                    errors.printf("%s %d rule=%s gold=%s | %s%n", d.file, ex.start(), ex.rule(), g.get().speaker(),
                            context(d.text, ex));
                    for (RankingExample.Option c : ex.candidates()) {
                        errors.printf("    %s %-28s %7.3f %s%n", GoldLookup.accepts(g.get(), c.speaker()) ? "R" : c == ex.candidates().get(0) ? "0" : " ",
                                c.speaker(), ranker.score(c.features()), c.features().stream().filter(x -> !x.contains("|")).toList());
                    }
                }
            }
        }
    }

    /** The text around a quote on one line: 300 characters before it, the quote and 100 after. */
    private static String context(String text, RankingExample ex) {
        return text.substring(Math.max(0, ex.start() - 300), Math.min(text.length(), ex.end() + 100)).replace('\n', ' ');
    }

    /** The articles' ranking examples as an extractor with this ranker sees them. */
    private static List<Doc> reread(List<Doc> docs, Ranker ranker) {
        QuoteExtractor extractor = new QuoteExtractor(ranker);
        return docs.parallelStream().map(d -> new Doc(d.file, d.outlet, d.text, extractor.rankingExamples(d.text))).toList();
    }

    private static Ranker fit(String objective, QuoteBoost.Settings boost, long seed, List<Doc> docs, GoldLookup lookup) {
        return switch (objective) {
            case "binary" -> fit(docs, lookup, seed);
            case "softmax" -> fitSoftmax(docs, lookup, seed);
            case "boost" -> fitBoost(fitSoftmax(docs, lookup, seed), boost, docs, lookup);
            case "trees" -> fitBoost(Ranker.of(Map.of()), boost, docs, lookup);
            default -> throw new IllegalArgumentException("unknown objective: " + objective);
        };
    }

    /** Boosted trees (see {@link QuoteBoost}) on top of a base model, over the quotes the softmax learns from. */
    private static Ranker fitBoost(Ranker base, QuoteBoost.Settings settings, List<Doc> docs, GoldLookup lookup) {
        QuoteBoost boost = new QuoteBoost();
        forEachContested(docs, lookup, (features, right) ->
                boost.add(features, right, features.stream().mapToDouble(base::score).toArray()));
        return boost.fit(base.weights(), settings);
    }

    /**
     * Each quote the gold scores whose candidates hold both a right and a wrong speaker (the only quotes a ranker can
     * learn from): their features, and which are right.
     */
    private static void forEachContested(List<Doc> docs, GoldLookup lookup, BiConsumer<List<List<String>>, List<Boolean>> quote) {
        for (Doc d : docs) {
            for (RankingExample ex : d.examples) {
                Optional<GoldQuote> g = lookup.scoredAt(d.file, ex.start(), ex.end());
                if (g.isEmpty()) {
                    continue;
                }
                List<Boolean> right = ex.candidates().stream().map(c -> GoldLookup.accepts(g.get(), c.speaker())).toList();
                if (right.contains(true) && right.contains(false)) {
                    quote.accept(ex.candidates().stream().map(RankingExample.Option::features).toList(), right);
                }
            }
        }
    }

    /** The per-quote softmax (see {@link QuoteSoftmax}) over every quote whose gold speaker is among its candidates. */
    private static Ranker fitSoftmax(List<Doc> docs, GoldLookup lookup, long seed) {
        QuoteSoftmax softmax = new QuoteSoftmax();
        forEachContested(docs, lookup, softmax::add);
        return softmax.fit(EPOCHS, SOFTMAX_RATE, SOFTMAX_L2, seed);
    }

    /** Logistic regression (Tribuo, fixed seed) over every candidate of every quote whose gold speaker is among them. */
    private static Ranker fit(List<Doc> docs, GoldLookup lookup, long seed) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("attribution candidates", labels), labels);
        forEachContested(docs, lookup, (features, right) -> {
            for (int i = 0; i < right.size(); i++) {
                ArrayExample<Label> row = new ArrayExample<>(new Label(right.get(i) ? SPEAKER : OTHER));
                for (String feature : new LinkedHashSet<>(features.get(i))) {
                    row.add(feature, 1.0);
                }
                data.add(row);
            }
        });
        // Averaged AdaGrad keeps the weights of rare features small: plain SGD gave held-out confidences of 0.99 that
        // were right 92% of the time. Ten epochs, one example at a time, a fixed seed: the same model every run.
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new ParameterAveraging(new AdaGrad(0.5, 0.1)),
                EPOCHS, Integer.MAX_VALUE, 1, seed);
        LinearSGDModel model = (LinearSGDModel) trainer.train(data);
        // A candidate's score is its speaker weight minus its other weight; the bias is the same for all and cancels.
        Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
        Map<String, Double> weights = new TreeMap<>();
        top.getOrDefault(SPEAKER, List.of()).forEach(p -> weights.merge(p.getA(), p.getB(), Double::sum));
        top.getOrDefault(OTHER, List.of()).forEach(p -> weights.merge(p.getA(), -p.getB(), Double::sum));
        weights.remove("BIAS");
        return Ranker.of(weights);
    }
}
