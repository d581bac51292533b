package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.quotetracker.QuoteTrackerApplication;
import org.quotetracker.errors.Refusal;
import org.quotetracker.export.ExportFormat;
import org.quotetracker.export.QuoteExport;
import org.quotetracker.quotes.QuoteFilter;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export [--speaker X] [--text T] [--from D] [--to D] [--outlet O] [--role R] [--format csv|jsonl]}: the
 * quotes of the configured database, as {@code /export/quotes.csv} gives them, on standard output. Starts the
 * application without a web server; {@code --name=value} arguments configure it like the server
 * ({@code --spring.datasource.url=...}).
 */
final class ExportCommand implements Command {

    private static final String USAGE = "usage: export [--speaker X] [--text T] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
            + "[--outlet O] [--role R] [--format csv|jsonl] [--spring.property=value...]";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "[--speaker X] [--text T] [--from D] [--to D] [--outlet O] [--role R] [--format csv|jsonl]  "
                + "print the stored quotes as CSV (default) or JSON Lines";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> springArgs = new ArrayList<>();
        List<String> ownArgs = new ArrayList<>();
        args.forEach(arg -> (arg.startsWith("--") && arg.contains("=") ? springArgs : ownArgs).add(arg));
        QuoteFilter filter;
        ExportFormat format;
        try {
            Arguments a = Arguments.parse(ownArgs, Set.of(),
                    Set.of("--speaker", "--text", "--from", "--to", "--outlet", "--role", "--format"));
            if (!a.paths().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument " + a.paths().get(0));
            }
            filter = new QuoteFilter(a.option("--speaker"), a.option("--text"), date(a, "--from"), date(a, "--to"),
                    a.option("--outlet"), a.option("--role"));
            format = format(a.option("--format"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        // Standard output carries the rows, so the application's log must not: it is silenced on the console.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QuoteTrackerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.threshold.console=OFF")
                .run(springArgs.toArray(String[]::new))) {
            context.getBean(QuoteExport.class).write(filter, format, out);
        } catch (Refusal refused) {
            // A filter the API would refuse (a search with nothing to look for, too many words): said as it says it.
            err.println(refused.getMessage());
            return 2;
        }
        return 0;
    }

    private static LocalDate date(Arguments a, String option) {
        String value = a.option(option);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " needs a date of the form YYYY-MM-DD, not " + value);
        }
    }

    private static ExportFormat format(String value) {
        if (value == null) {
            return ExportFormat.CSV;
        }
        try {
            return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format is csv or jsonl, not " + value);
        }
    }
}
