package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.quotetracker.QuoteTrackerApplication;
import org.quotetracker.ingest.BulkIngest;
import org.quotetracker.ingest.IngestResult;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest PATH...}: stores article files (or the files in directories) in the database the server uses, whole
 * articles per transaction ({@link BulkIngest}), so that an interrupted run leaves whole articles only and running
 * it again adds the rest. A file that cannot be read or stored is reported and skipped; the exit code says whether any was.
 */
final class IngestCommand implements Command {

    private static final String USAGE = "usage: ingest [--verbose] PATH... [--spring.datasource.url=...]";
    private static final String SEED_ENABLED = "quotes.seed.enabled";

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "[--verbose] PATH...  store article files (or directories) in the database; --name=value sets a property";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        List<String> properties = args.stream().filter(IngestCommand::isProperty).toList();
        Arguments a;
        try {
            a = Arguments.parse(args.stream().filter(arg -> !isProperty(arg)).toList(), Set.of("--verbose"), Set.of());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (a.paths().isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<Path> files = ArticleFiles.expand(a.paths());
        try (ConfigurableApplicationContext app = startWithoutWeb(properties)) {
            Tally tally = ingestAll(files, app.getBean(BulkIngest.class), a.has("--verbose"), out, err);
            out.println(tally.summary());
            return tally.failed == 0 ? 0 : 1;
        }
    }

    private static boolean isProperty(String arg) {
        return arg.startsWith("--") && arg.contains("=");
    }

    /**
     * The application without its web server, quiet but for warnings so that the output is ours, and without seed
     * articles unless asked for: only the files named are to be stored.
     */
    private static ConfigurableApplicationContext startWithoutWeb(List<String> properties) {
        List<String> args = new ArrayList<>(properties);
        // A command-line argument, because application.yml would outrank a default property.
        if (properties.stream().noneMatch(p -> p.startsWith("--" + SEED_ENABLED + "="))) {
            args.add("--" + SEED_ENABLED + "=false");
        }
        return new SpringApplicationBuilder(QuoteTrackerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.flywaydb=ERROR")
                .run(args.toArray(String[]::new));
    }

    private static Tally ingestAll(List<Path> files, BulkIngest bulk, boolean verbose, PrintStream out, PrintStream err)
            throws InterruptedException {
        Tally tally = new Tally(files.size(), System.nanoTime());
        ProgressBar progress = ProgressBar.onConsole(files.size());
        List<BulkIngest.Source> sources = files.stream()
                .map(file -> new BulkIngest.Source(file.toString(), () -> ArticleFiles.read(file)))
                .toList();
        bulk.run(sources, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), new BulkIngest.Outcomes() {
            @Override
            public void stored(String name, IngestResult result) {
                tally.count(result);
                if (verbose) {
                    // Reported once the article's transaction committed: a line here means the article is stored.
                    out.println((result.created() ? "new " : "present ") + name + " " + result.quotesStored() + " quotes");
                    out.flush();
                }
                progress.show(tally.done());
            }

            @Override
            public void failed(String name, String message) {
                tally.failed++;
                progress.clear();
                err.println(name + ": " + message);
                progress.show(tally.done());
            }
        });
        progress.clear();
        return tally;
    }

    /** What a run did so far. */
    private static final class Tally {

        private final int files;
        private final long startedNanos;
        private int created;
        private int present;
        private int failed;
        private long quotes;
        private long withoutSpeaker;

        Tally(int files, long startedNanos) {
            this.files = files;
            this.startedNanos = startedNanos;
        }

        void count(IngestResult result) {
            if (result.created()) {
                created++;
                quotes += result.quotesStored();
                withoutSpeaker += result.quotesWithoutSpeaker();
            } else {
                present++;
            }
        }

        int done() {
            return created + present + failed;
        }

        String summary() {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            List<String> parts = new ArrayList<>();
            parts.add(files + " files: " + created + " new, " + present + " already present, " + failed + " failed");
            parts.add(quotes + " quotes stored (" + withoutSpeaker + " without a speaker left out)");
            parts.add(String.format(Locale.ROOT, "%.1f s, %.0f articles/s", seconds, done() / Math.max(seconds, 1e-9)));
            return "ingest: " + String.join("; ", parts);
        }
    }
}
