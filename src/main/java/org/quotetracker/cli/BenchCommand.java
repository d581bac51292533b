package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.quotetracker.eval.ArticleFile;
import org.quotetracker.extraction.QuoteExtractor;

/**
 * {@code bench}: how fast the extractor is, on one thread and on all cores. The articles are read into memory first
 * so that only extraction is timed, and the extractor is warmed up so that the JIT has compiled it: by default until
 * its throughput settles, since a fixed few seconds measure the JIT rather than the code on a slow or busy host.
 */
final class BenchCommand implements Command {

    private static final String USAGE = "usage: bench [--seconds N] [--warmup N] [PATH...]";
    /** One warm-up round, long enough to hold a few hundred documents on a slow host. */
    private static final Duration ROUND = Duration.ofSeconds(3);
    /** Settled: this many rounds in a row have not beaten the best round before them by more than {@link #GAIN}. */
    private static final int PATIENCE = 4;
    private static final double GAIN = 0.03;
    /** The longest warm-up by default: past it the figures are printed as unsettled. */
    private static final Duration MAX_WARMUP = Duration.ofSeconds(240);

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
            warmup = a.count("--warmup", -1);
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
        long loading = System.nanoTime();
        QuoteExtractor extractor = new QuoteExtractor();
        extractor.extract(articles.get(0).text()); // the lexicons and the ranker's model load on first use
        out.printf("first extraction, with the lexicons and the ranker's model loading: %d ms%n", (System.nanoTime() - loading) / 1_000_000);
        if (warmup >= 0) {
            out.printf("warm-up %d s, then %d s per run%n", warmup, seconds);
            out.flush();
            Throughput.measure(extractor, articles, 1, Duration.ofSeconds(warmup));
        } else {
            warmUntilSettled(extractor, articles, out);
            out.printf("then %d s per run%n", seconds);
        }
        print(Throughput.measure(extractor, articles, 1, Duration.ofSeconds(seconds)), out);
        if (cores > 1) {
            print(Throughput.measure(extractor, articles, cores, Duration.ofSeconds(seconds)), out);
        }
        return 0;
    }

    /**
     * One thread in rounds until the JIT has stopped making it faster: {@value #PATIENCE} rounds in a row no faster in
     * documents per CPU-second (CPU time, so that other processes' load does not look like warming up) than the best
     * before them, or for at most {@link #MAX_WARMUP}. Rounds on a shared host vary by 10-20%, so no fixed spread
     * between rounds would tell warm from noisy.
     */
    private static void warmUntilSettled(QuoteExtractor extractor, List<ArticleFile> articles, PrintStream out)
            throws InterruptedException, ExecutionException {
        out.print("warm-up until settled, docs per CPU-second per " + ROUND.toSeconds() + " s round:");
        out.flush();
        List<Double> rounds = new ArrayList<>();
        long deadline = System.nanoTime() + MAX_WARMUP.toNanos();
        boolean settled = false;
        while (!settled && System.nanoTime() < deadline) {
            double rate = Throughput.measure(extractor, articles, 1, ROUND).documentsPerCpuSecond();
            rounds.add(rate);
            out.printf(" %.0f", rate);
            out.flush();
            settled = isSettled(rounds);
        }
        out.printf(settled ? " (settled after %d s)%n" : " (not settled after %d s: the figures below are low)%n", rounds.size() * ROUND.toSeconds());
    }

    static boolean isSettled(List<Double> rounds) {
        int n = rounds.size();
        if (n <= PATIENCE) {
            return false;
        }
        double best = Collections.max(rounds.subList(0, n - PATIENCE));
        return Collections.max(rounds.subList(n - PATIENCE, n)) <= best * (1 + GAIN);
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
