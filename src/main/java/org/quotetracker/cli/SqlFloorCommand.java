package org.quotetracker.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.quotetracker.api.Likes;
import org.quotetracker.people.NameKey;

/**
 * {@code floor}: the API benchmark's query as plain JDBC on the same database, from several clients at once, each
 * with a connection of its own: the people the name matches, a page of the speaker's newest quotes with speaker and
 * headline, and their count. The name must match one person.
 * What the API adds to this (HTTP, GraphQL, Hibernate) is the ratio between the two.
 */
final class SqlFloorCommand implements Command {

    private static final String USAGE =
            "usage: floor --url JDBC-URL [--user U] [--password P] --speaker NAME [--clients N] [--seconds N] [--warmup N]";
    private static final String SPEAKERS = "select distinct person_id from person_alias where name_key like ? escape '\\'";
    // The best plain SQL for one speaker: the page straight from the (speaker_id, said_on, id) index, with its
    // speaker's name and articles' headlines joined in, and the count kept at ingest.
    private static final String PAGE = """
            select q.id, q.quoted_text, q.said_on, q.role_title, p.name, a.headline
            from quote q join person p on p.id = q.speaker_id join article a on a.id = q.article_id
            where q.speaker_id = ?
            order by q.speaker_id, q.said_on desc nulls last, q.id desc
            fetch first 21 rows only""";
    private static final String COUNT = "select quote_count from person where id = ?";

    @Override
    public String name() {
        return "floor";
    }

    @Override
    public String summary() {
        return "--url JDBC-URL --speaker NAME [--clients N] [--seconds N]  the API benchmark's query as raw JDBC";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a;
        int clients;
        int seconds;
        int warmup;
        try {
            a = Arguments.parse(args, Set.of(), Set.of("--url", "--user", "--password", "--speaker", "--clients",
                    "--seconds", "--warmup"));
            clients = a.count("--clients", 16);
            seconds = a.count("--seconds", 20);
            warmup = a.count("--warmup", 5);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (a.option("--url") == null || a.option("--speaker") == null || clients < 1) {
            err.println(USAGE);
            return 2;
        }
        String pattern = Likes.containsIgnoringCase(NameKey.of(a.option("--speaker")));
        String user = a.option("--user") == null ? "sa" : a.option("--user");
        String password = a.option("--password") == null ? "" : a.option("--password");
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(a.option("--url"), user, password));
            }
            load(connections, pool, pattern, warmup);
            long started = System.nanoTime();
            List<LatencySample> samples = load(connections, pool, pattern, seconds);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] latencies = LatencySample.sorted(samples);
            out.printf(Locale.ROOT, "floor: %d clients, %.1f s: %,.0f requests/s, latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%,d requests)%n",
                    clients, elapsed, latencies.length / elapsed, millis(latencies, 50), millis(latencies, 90),
                    millis(latencies, 99), latencies.length);
            return 0;
        } finally {
            pool.shutdownNow();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static List<LatencySample> load(List<Connection> connections, ExecutorService pool, String pattern, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<LatencySample>> running = new ArrayList<>();
        for (Connection connection : connections) {
            running.add(pool.submit(() -> client(connection, pattern, deadline)));
        }
        List<LatencySample> samples = new ArrayList<>();
        for (Future<LatencySample> f : running) {
            samples.add(f.get());
        }
        return samples;
    }

    /** One client: the speaker, the page and the count, again and again, each round one request as the API answers it. */
    private static LatencySample client(Connection connection, String pattern, long deadline) throws SQLException {
        LatencySample latencies = new LatencySample();
        try (PreparedStatement speakers = connection.prepareStatement(SPEAKERS);
             PreparedStatement page = connection.prepareStatement(PAGE);
             PreparedStatement count = connection.prepareStatement(COUNT)) {
            speakers.setString(1, pattern);
            while (System.nanoTime() < deadline) {
                long started = System.nanoTime();
                long speaker;
                try (ResultSet ids = speakers.executeQuery()) {
                    if (!ids.next()) {
                        throw new IllegalArgumentException("no one is known by that name");
                    }
                    speaker = ids.getLong(1);
                    if (ids.next()) {
                        throw new IllegalArgumentException("several people are known by that name");
                    }
                }
                page.setLong(1, speaker);
                count.setLong(1, speaker);
                try (ResultSet rows = page.executeQuery()) {
                    // Every column read, as the API reads them to answer.
                    while (rows.next()) {
                        rows.getLong(1);
                        rows.getString(2);
                        rows.getDate(3);
                        rows.getString(4);
                        rows.getString(5);
                        rows.getString(6);
                    }
                }
                try (ResultSet total = count.executeQuery()) {
                    total.next();
                    total.getLong(1);
                }
                latencies.add(System.nanoTime() - started);
            }
        }
        return latencies;
    }

    private static double millis(long[] sorted, int percentile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
