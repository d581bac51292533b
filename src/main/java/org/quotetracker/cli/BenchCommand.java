package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.quotetracker.eval.ArticleFile;
import org.quotetracker.extraction.QuoteExtractor;

/**
 * {@code bench}: how fast the extractor is, on one thread and on all cores. The articles are read into memory first
 * so that only extraction is timed, and the extractor is warmed up so that the JIT has compiled it.
 */
final class BenchCommand implements Command {

    private static final String USAGE = "usage: bench [--seconds N] [--warmup N] [PATH...]";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "[--seconds N] [--warmup N] [PATH...]  extraction speed, one thread and all cores (default: the seed articles)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException, InterruptedException, ExecutionException {
        Arguments a;
        int seconds;
        int warmup;
        try {
            a = Arguments.parse(args, Set.of(), Set.of("--seconds", "--warmup"));
            seconds = Math.max(1, a.count("--seconds", 5));
            warmup = a.count("--warmup", 3);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<ArticleFile> articles = a.paths().isEmpty() ? ArticleFile.seed() : ArticleFiles.readAll(a.paths());
        if (articles.isEmpty()) {
            err.println("bench: no articles");
            return 2;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        long chars = articles.stream().mapToLong(x -> x.text().length()).sum();
        out.printf("bench: %d articles, %,d characters; %d cores, %s %s (%s), max heap %d MB%n", articles.size(), chars, cores,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("warm-up %d s, then %d s per run%n", warmup, seconds);
        out.flush();
        QuoteExtractor extractor = new QuoteExtractor();
        Throughput.measure(extractor, articles, 1, Duration.ofSeconds(warmup));
        print(Throughput.measure(extractor, articles, 1, Duration.ofSeconds(seconds)), out);
        if (cores > 1) {
            print(Throughput.measure(extractor, articles, cores, Duration.ofSeconds(seconds)), out);
        }
        return 0;
    }

    private static void print(Throughput t, PrintStream out) {
        out.printf("%2d thread%s %,12.0f docs/s %9.2f MB/s  %,8.0f docs per CPU-second   latency p50 %s  p99 %s   (%,d docs, %,d quotes, %.1f s)%n",
                t.threads(), t.threads() == 1 ? ": " : "s:", t.documentsPerSecond(), t.megabytesPerSecond(), t.documentsPerCpuSecond(),
                duration(t.p50Nanos()), duration(t.p99Nanos()), t.documents(), t.quotes(), t.nanos() / 1e9);
        out.flush();
    }

    private static String duration(long nanos) {
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        return nanos < 1_000_000 ? "%.1f µs".formatted(nanos / 1e3) : "%.2f ms".formatted(nanos / 1e6);
    }
}
