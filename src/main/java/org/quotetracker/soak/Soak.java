package org.quotetracker.soak;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A soak test against a running server: mixed reads, writes and exports at a bounded rate for a set time, then a
 * check that everything acknowledged is there exactly once and nobody is duplicated. See bench/soak.
 */
public final class Soak {

    private final SoakOptions options;
    private final PrintStream out;

    public Soak(SoakOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs traffic and the final check; true when no request failed and every check held. */
    public boolean run() throws InterruptedException {
        Tally tally = new Tally();
        SoakClient client = new SoakClient(options.server(), options.apiKey(), tally);
        Ledger ledger = new Ledger();
        ExecutorService burstThreads = Executors.newCachedThreadPool();
        Traffic traffic = new Traffic(client, ledger, options.seed(), burstThreads);
        RateLimit rate = new RateLimit(options.rate());
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        out.printf("soak: %s for %s, at most %d requests/s from %d clients, seed %d, started %s%n", options.server(),
                options.duration(), options.rate(), options.clients(), options.seed(), Instant.now());
        out.flush();

        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> {
            out.printf("soak: %4d s  %7d requests  %4d failed  %6d articles acknowledged, load average %s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), tally.requests(), tally.failures(),
                    ledger.live().size(), LoadAverage.now());
            out.flush();
        }, 60, 60, TimeUnit.SECONDS);

        ExecutorService clients = Executors.newFixedThreadPool(options.clients());
        for (int c = 0; c < options.clients(); c++) {
            Random random = new Random(options.seed() * 7919 + c);
            clients.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Traffic.Kind kind = traffic.pick(random);
                    rate.acquire(kind.requests);
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    traffic.run(kind);
                }
                return null;
            });
        }
        clients.shutdown();
        // Requests in flight at the deadline finish (each has its own timeout); none starts after it.
        clients.awaitTermination(options.duration().plusMinutes(5).toSeconds(), TimeUnit.SECONDS);
        burstThreads.shutdown();
        progress.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;

        out.printf("soak: traffic stopped after %.0f s; checking what was acknowledged%n", seconds);
        FinalCheck check = new FinalCheck(client, ledger, "https://soak.invalid/" + options.seed() + "/");
        List<String> problems = check.run();
        tally.print(out, seconds);
        check.notes().forEach(note -> out.println("check " + note));
        out.printf("check articles already stored when sent (same generated text): %d%n", traffic.alreadyStored());
        problems.forEach(problem -> out.println("PROBLEM " + problem));
        boolean passed = problems.isEmpty() && tally.failures() == 0;
        out.printf("soak: %s (%d requests failed, %d problems), load average %s%n", passed ? "PASSED" : "FAILED",
                tally.failures(), problems.size(), LoadAverage.now());
        out.flush();
        return passed;
    }

    /** The machine's load, printed with the figures, since a shared machine's numbers mean little without it. */
    static final class LoadAverage {
        static String now() {
            try {
                return String.join(" ", java.util.Arrays.copyOf(
                        java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "), 3));
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
    }
}
