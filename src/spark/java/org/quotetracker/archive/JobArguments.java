package org.quotetracker.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job's command line: {@code [--master M] --input PATH --output DIR [--format files|jsonl|parquet]
 * [--partitions N] [--jdbc-url URL --jdbc-user USER [--jdbc-password P]]}. The password may also come from
 * {@code QUOTES_DB_PASSWORD}, so that it need not be on a command line.
 */
record JobArguments(String master, String input, String output, ArchiveInput.Layout format, Integer partitions,
                    JdbcTarget jdbc) {

    static final String USAGE = """
            usage: quote-tracker-spark [--master MASTER] --input PATH --output DIR [--format files|jsonl|parquet]
                                       [--partitions N] [--jdbc-url URL --jdbc-user USER [--jdbc-password PASSWORD]]""";

    private static final Set<String> OPTIONS = Set.of("--master", "--input", "--output", "--format", "--partitions",
            "--jdbc-url", "--jdbc-user", "--jdbc-password");

    /** A command line the job cannot run: the message says why. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static JobArguments parse(List<String> args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = null;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            }
            if (!OPTIONS.contains(name)) {
                throw new Invalid("unknown argument " + name);
            }
            if (value == null || value.isBlank()) {
                throw new Invalid(name + " needs a value");
            }
            given.put(name, value);
        }
        if (!given.containsKey("--input") || !given.containsKey("--output")) {
            throw new Invalid("--input and --output are required");
        }
        Integer partitions = null;
        if (given.containsKey("--partitions")) {
            try {
                partitions = Integer.valueOf(given.get("--partitions"));
            } catch (NumberFormatException e) {
                partitions = 0;
            }
            if (partitions < 1) {
                throw new Invalid("--partitions must be a positive number, not " + given.get("--partitions"));
            }
        }
        JdbcTarget jdbc = null;
        if (given.containsKey("--jdbc-url")) {
            String url = given.get("--jdbc-url");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new Invalid("--jdbc-url must be a PostgreSQL URL (jdbc:postgresql://host:port/database), not " + url);
            }
            jdbc = new JdbcTarget(url, given.get("--jdbc-user"), given.getOrDefault("--jdbc-password", environment.get("QUOTES_DB_PASSWORD")));
        } else if (given.containsKey("--jdbc-user") || given.containsKey("--jdbc-password")) {
            throw new Invalid("--jdbc-user and --jdbc-password need --jdbc-url");
        }
        ArchiveInput.Layout format = given.containsKey("--format") ? ArchiveInput.Layout.named(given.get("--format")) : null;
        return new JobArguments(given.get("--master"), given.get("--input"), given.get("--output"), format, partitions, jdbc);
    }
}
