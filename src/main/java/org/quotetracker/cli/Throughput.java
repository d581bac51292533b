package org.quotetracker.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.quotetracker.eval.ArticleFile;
import org.quotetracker.extraction.QuoteExtractor;

/**
 * One benchmark run: threads extracting the articles round and round for a while.
 *
 * @param quotes summed so that the JIT cannot drop the extraction as unused, and printed as a sanity check
 */
record Throughput(int threads, long documents, long bytes, long quotes, long nanos, long cpuNanos, long p50Nanos, long p99Nanos) {

    static Throughput measure(QuoteExtractor extractor, List<ArticleFile> articles, int threads, Duration time)
            throws InterruptedException, ExecutionException {
        long[] sizes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            long deadline = started + time.toNanos();
            List<Future<Worker>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Worker worker = new Worker(t * articles.size() / threads);
                running.add(pool.submit(() -> worker.run(extractor, articles, sizes, deadline)));
            }
            List<LatencySample> samples = new ArrayList<>();
            long documents = 0, bytes = 0, quotes = 0, cpu = 0;
            for (Future<Worker> f : running) {
                Worker w = f.get();
                documents += w.documents;
                bytes += w.bytes;
                quotes += w.quotes;
                cpu += w.cpuNanos;
                samples.add(w.latencies);
            }
            long elapsed = System.nanoTime() - started;
            long[] latencies = LatencySample.sorted(samples);
            return new Throughput(threads, documents, bytes, quotes, elapsed, cpu, percentile(latencies, 50), percentile(latencies, 99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    double documentsPerSecond() {
        return documents * 1e9 / nanos;
    }

    /**
     * Documents per second of CPU time actually spent extracting: on a shared, busy machine this holds steady
     * where wall-clock throughput does not.
     */
    double documentsPerCpuSecond() {
        return cpuNanos == 0 ? 0 : documents * 1e9 / cpuNanos;
    }

    double megabytesPerSecond() {
        return bytes * 1e3 / nanos;
    }

    private static final class Worker {
        private int next;
        long documents, bytes, quotes, cpuNanos;
        final LatencySample latencies = new LatencySample();

        /** Threads start at different articles so that they do not all run the longest one at once. */
        Worker(int first) {
            next = first;
        }

        Worker run(QuoteExtractor extractor, List<ArticleFile> articles, long[] sizes, long deadline) {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            for (long now = System.nanoTime(); now < deadline; ) {
                int i = next++ % articles.size();
                quotes += extractor.extract(articles.get(i).text()).quotes().size();
                long done = System.nanoTime();
                latencies.add(done - now);
                documents++;
                bytes += sizes[i];
                now = done;
            }
            cpuNanos = cpu.getCurrentThreadCpuTime() - cpuStart;
            return this;
        }
    }
}
