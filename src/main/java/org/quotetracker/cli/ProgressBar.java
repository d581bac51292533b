package org.quotetracker.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on the terminal, redrawn in place at most ten times a second. When the output is not a
 * terminal (a pipe, a log file, CI) it draws nothing, so that logs hold only what a person would want to read.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream terminal;
    private final int total;
    private final long startedNanos = System.nanoTime();
    private long drawnNanos;
    private boolean drawn;

    private ProgressBar(PrintStream terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    /** A bar on standard error when there is a console, else one that draws nothing. */
    static ProgressBar onConsole(int total) {
        return new ProgressBar(System.console() != null ? System.err : null, total);
    }

    void show(int done) {
        long now = System.nanoTime();
        if (terminal == null || (done < total && now - drawnNanos < REDRAW_NANOS)) {
            return;
        }
        drawnNanos = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double seconds = (now - startedNanos) / 1e9;
        terminal.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.0f/s ", "#".repeat(filled), "-".repeat(WIDTH - filled),
                done, total, done / Math.max(seconds, 1e-9));
        terminal.flush();
        drawn = true;
    }

    /** Wipes the bar, so that a message can take its line. */
    void clear() {
        if (terminal != null && drawn) {
            terminal.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            terminal.flush();
            drawn = false;
        }
    }
}
