package org.quotetracker.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Dispatches the jar's sub-commands. Commands that need no database start no Spring context at all. */
public final class Cli {

    private static final List<Command> COMMANDS =
            List.of(new ExtractCommand(), new IngestCommand(), new ExportCommand(), new EvalCommand(), new BenchCommand(),
                    new GenerateCommand(), new SqlFloorCommand(), new TrainCommand(),
                    new SoakCommand());

    private Cli() {
    }

    /** What asks for the usage rather than a command; "--help" would otherwise start the server. */
    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (find(args[0]).isPresent() || HELP.contains(args[0]));
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            Optional<Command> command = find(args[0]);
            if (command.isEmpty()) {
                usage(out);
                return 0;
            }
            return command.get().run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (Exception e) {
            err.println(args[0] + ": " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    private static Optional<Command> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar quote-tracker.jar [COMMAND ARGS...]   (no command: start the server)");
        COMMANDS.forEach(c -> out.printf("  %-10s %s%n", c.name(), c.summary()));
    }
}
