package org.quotetracker;

import org.quotetracker.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** One jar, two faces: with a command name as first argument it is the CLI, otherwise the GraphQL server. */
@SpringBootApplication
public class QuoteTrackerApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(QuoteTrackerApplication.class, args);
    }
}
