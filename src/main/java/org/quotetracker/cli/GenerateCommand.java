package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.quotetracker.bench.CorpusGenerator;
import org.quotetracker.bench.GeneratedArticle;

/** {@code generate --articles N --out DIR [--seed S]}: a synthetic corpus for benchmarks, the same for the same seed. */
final class GenerateCommand implements Command {

    private static final String USAGE = "usage: generate --articles N --out DIR [--seed S]";

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "--articles N --out DIR [--seed S]  write N synthetic article files for benchmarks";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Arguments a;
        int articles;
        long seed;
        try {
            a = Arguments.parse(args, Set.of(), Set.of("--articles", "--out", "--seed"));
            articles = a.count("--articles", -1);
            seed = a.count("--seed", 1);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (articles < 0 || a.option("--out") == null || !a.paths().isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Path directory = Files.createDirectories(Path.of(a.option("--out")));
        CorpusGenerator generator = new CorpusGenerator(seed);
        long quotes = 0;
        for (int i = 0; i < articles; i++) {
            GeneratedArticle article = generator.article(i);
            Files.writeString(directory.resolve(article.fileName()), article.text());
            quotes += article.quotes().size();
        }
        out.printf("generate: %d articles with %d quotes in %s (seed %d)%n", articles, quotes, directory, seed);
        return 0;
    }
}
