package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.quotetracker.eval.ArticleFile;
import org.quotetracker.eval.GoldArticle;
import org.quotetracker.eval.GoldStandard;
import org.quotetracker.eval.MissReport;
import org.quotetracker.eval.Prediction;
import org.quotetracker.eval.Predictions;
import org.quotetracker.eval.Scorer;
import org.quotetracker.eval.Scoring;
import org.quotetracker.extraction.QuoteExtractor;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval}: runs the extractor over articles (by default the seed articles in the jar) or reads predictions from
 * JSON Lines, scores them against a gold standard by score.py's rules and prints score.py's figures, then what went
 * wrong, grouped by pattern.
 */
final class EvalCommand implements Command {

    private static final String USAGE = "usage: eval [--gold FILE] [--predictions FILE.jsonl] [--json] [--verbose|--misses N] [PATH...]";
    /** Patterns per kind of miss unless --verbose: enough to choose the next rule, short enough to read. */
    private static final int GROUPS = 10;
    private static final int EXAMPLES = 3;

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "[--gold FILE] [--predictions FILE.jsonl] [--json] [--verbose|--misses N] [PATH...]  score the extractor against a gold standard (default: the seed articles)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Arguments a;
        try {
            a = Arguments.parse(args, Set.of("--json", "--verbose"), Set.of("--gold", "--predictions", "--misses"));
            a.count("--misses", EXAMPLES);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        boolean seed = a.option("--gold") == null;
        GoldStandard gold = seed ? GoldStandard.seed() : GoldStandard.read(Path.of(a.option("--gold")));
        if (!seed && a.paths().isEmpty() && a.option("--predictions") == null) {
            err.println("eval: with --gold, name the articles to extract (or --predictions)");
            err.println(USAGE);
            return 2;
        }
        List<ArticleFile> articles = a.paths().isEmpty() ? (seed ? ArticleFile.seed() : List.of()) : ArticleFiles.readAll(a.paths());
        List<Prediction> predictions = a.option("--predictions") != null
                ? Predictions.readJsonLines(Path.of(a.option("--predictions")))
                : extract(articles, gold, err);
        Scoring scoring = Scorer.score(gold, predictions);

        if (a.has("--json")) {
            out.println(json.writeValueAsString(scoring.figures()));
            return 0;
        }
        scoring.figures().summary().forEach(out::println);
        Map<String, String> texts = articles.stream().collect(Collectors.toMap(ArticleFile::name, ArticleFile::text, (x, y) -> x));
        MissReport report = MissReport.of(scoring, texts);
        boolean verbose = a.has("--verbose");
        report.lines(verbose ? Integer.MAX_VALUE : GROUPS, verbose ? Integer.MAX_VALUE : a.count("--misses", EXAMPLES)).forEach(out::println);
        return 0;
    }

    private static List<Prediction> extract(List<ArticleFile> articles, GoldStandard gold, PrintStream err) {
        Set<String> given = articles.stream().map(ArticleFile::name).collect(Collectors.toCollection(HashSet::new));
        long absent = gold.articles().stream().map(GoldArticle::baseName).filter(name -> !given.contains(name)).count();
        if (absent > 0) {
            err.printf("eval: %d of the gold's %d articles are not among the files given; their quotes count as missed%n",
                    absent, gold.articles().size());
        }
        long started = System.nanoTime();
        List<Prediction> predictions = Predictions.extract(new QuoteExtractor(), articles);
        err.printf("eval: extracted %d quotes from %d articles in %.1f s%n",
                predictions.size(), articles.size(), (System.nanoTime() - started) / 1e9);
        return predictions;
    }
}
