package org.quotetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which arguments run a command of the jar rather than start the server. */
class CliTest {

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void askingForHelpPrintsTheUsageInsteadOfStartingTheServer(String help) {
        assertThat(Cli.isCommand(new String[] {help})).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--server.port=9000", "--spring.profiles.active=postgres"})
    void springArgumentsStillStartTheServer(String argument) {
        assertThat(Cli.isCommand(new String[] {argument})).isFalse();
    }
}
