package org.quotetracker.cli;

import java.io.PrintStream;
import java.util.List;

/** A CLI sub-command: {@code java -jar quote-tracker.jar NAME ARGS...}. */
public interface Command {

    String name();

    /** One line for the usage text. */
    String summary();

    /** Runs the command; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
