package org.quotetracker;

import org.quotetracker.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * One jar, two faces: with a command name as first argument it is the CLI, otherwise the GraphQL server.
 * There are no users and passwords, only API keys (see the security package), so Boot's generated user is left out.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class QuoteTrackerApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(QuoteTrackerApplication.class, args);
    }
}
