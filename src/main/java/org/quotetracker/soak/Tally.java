package org.quotetracker.soak;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Requests by kind: how many, how many failed (with the first messages), and their latencies. */
final class Tally {

    private static final int MESSAGES_KEPT = 10;
    /** Ids in messages (an INTERNAL_ERROR's, a cursor) differ every time; without them alike failures group. */
    private static final java.util.regex.Pattern IDS = java.util.regex.Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final long start = System.nanoTime();

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    void succeeded(String kind, long nanos) {
        kind(kind).add(nanos, null, 0);
    }

    void failed(String kind, long nanos, String message) {
        kind(kind).add(nanos, IDS.matcher(message).replaceAll("…"), (System.nanoTime() - start) / 1_000_000_000L);
    }

    long failures() {
        return kinds.values().stream().mapToLong(Kind::failureCount).sum();
    }

    long requests() {
        return kinds.values().stream().mapToLong(Kind::count).sum();
    }

    private Kind kind(String name) {
        return kinds.computeIfAbsent(name, n -> new Kind());
    }

    void print(PrintStream out, double seconds) {
        out.printf("%-18s %9s %8s %9s %9s %9s%n", "requests", "count", "failed", "p50 ms", "p99 ms", "max ms");
        List<Long> all = new ArrayList<>();
        long failed = 0;
        for (Map.Entry<String, Kind> entry : new TreeMap<>(kinds).entrySet()) {
            Kind kind = entry.getValue();
            List<Long> latencies = kind.sorted();
            all.addAll(latencies);
            failed += kind.failureCount();
            row(out, entry.getKey(), latencies, kind.failureCount());
        }
        all.sort(null);
        row(out, "all", all, failed);
        out.printf("rate: %.1f requests/s over %.0f s%n", all.size() / Math.max(seconds, 1), seconds);
        for (Map.Entry<String, Kind> entry : new TreeMap<>(kinds).entrySet()) {
            Kind kind = entry.getValue();
            if (kind.failureCount() > 0) {
                out.printf("failed %s: first after %d s, last after %d s%n", entry.getKey(), kind.firstFailure, kind.lastFailure);
            }
            kind.messages().forEach((message, count) -> out.printf("failed %s %dx: %s%n", entry.getKey(), count, message));
        }
    }

    private static void row(PrintStream out, String kind, List<Long> sorted, long failures) {
        out.printf("%-18s %9d %8d %9.1f %9.1f %9.1f%n", kind, sorted.size(), failures, percentile(sorted, 0.50),
                percentile(sorted, 0.99), percentile(sorted, 1.0));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1e6;
    }

    /** A soak of an hour at 50 requests/s keeps 180,000 latencies: every one is kept, no sampling needed. */
    private static final class Kind {
        private final List<Long> latencies = new ArrayList<>();
        /** The first few distinct messages, with how often each came. */
        private final Map<String, Integer> messages = new java.util.LinkedHashMap<>();
        private long failures;
        private long firstFailure = -1;
        private long lastFailure;

        synchronized void add(long nanos, String failure, long second) {
            latencies.add(nanos);
            if (failure != null) {
                failures++;
                firstFailure = firstFailure < 0 ? second : firstFailure;
                lastFailure = second;
                if (messages.containsKey(failure) || messages.size() < MESSAGES_KEPT) {
                    messages.merge(failure, 1, Integer::sum);
                }
            }
        }

        synchronized long count() {
            return latencies.size();
        }

        synchronized List<Long> sorted() {
            List<Long> copy = new ArrayList<>(latencies);
            copy.sort(null);
            return copy;
        }

        synchronized long failureCount() {
            return failures;
        }

        synchronized Map<String, Integer> messages() {
            return new java.util.LinkedHashMap<>(messages);
        }
    }
}
