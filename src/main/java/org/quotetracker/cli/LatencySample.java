package org.quotetracker.cli;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A uniform random sample of latencies (reservoir sampling): a fast extractor runs millions of documents in a
 * benchmark, too many to keep every latency, and percentiles of a large uniform sample are as good.
 */
final class LatencySample {

    private static final int CAPACITY = 100_000;

    private final long[] nanos = new long[CAPACITY];
    private long seen;

    void add(long latency) {
        if (seen < CAPACITY) {
            nanos[(int) seen] = latency;
        } else {
            long slot = ThreadLocalRandom.current().nextLong(seen + 1);
            if (slot < CAPACITY) {
                nanos[(int) slot] = latency;
            }
        }
        seen++;
    }

    /** The sampled latencies of several samples together, sorted. */
    static long[] sorted(Iterable<LatencySample> samples) {
        long[] all = new long[0];
        for (LatencySample s : samples) {
            int n = (int) Math.min(s.seen, CAPACITY);
            long[] joined = Arrays.copyOf(all, all.length + n);
            System.arraycopy(s.nanos, 0, joined, all.length, n);
            all = joined;
        }
        Arrays.sort(all);
        return all;
    }
}
