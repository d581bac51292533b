package org.quotetracker.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.quotetracker.soak.Soak;
import org.quotetracker.soak.SoakOptions;

/**
 * {@code soak --url http://127.0.0.1:PORT --key K [--duration 60m] [--rate 30] [--clients 8] [--seed S]}: drives a
 * running server with mixed reads, writes and exports, then checks every acknowledged write (bench/soak runs it).
 */
final class SoakCommand implements Command {

    private static final String USAGE =
            "usage: soak --url http://127.0.0.1:PORT --key API-KEY [--duration 60m] [--rate 30] [--clients 8] [--seed S]";

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public String summary() {
        return "--url http://127.0.0.1:PORT --key K [--duration 60m] [--rate N]  soak-test a running server";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        SoakOptions options;
        try {
            Arguments a = Arguments.parse(args, Set.of(), Set.of("--url", "--key", "--duration", "--rate", "--clients", "--seed"));
            if (a.option("--url") == null || a.option("--key") == null || !a.paths().isEmpty()) {
                err.println(USAGE);
                return 2;
            }
            Duration duration = SoakOptions.parseDuration(a.option("--duration") == null ? "60m" : a.option("--duration"));
            long seed = a.option("--seed") == null ? System.currentTimeMillis() : Long.parseLong(a.option("--seed"));
            options = new SoakOptions(URI.create(a.option("--url")), a.option("--key"), duration, a.count("--rate", 30),
                    a.count("--clients", 8), seed);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        return new Soak(options, out).run() ? 0 : 1;
    }
}
