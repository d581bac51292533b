package org.quotetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** When {@code bench} stops warming up: once the JIT has stopped making the extractor faster. */
class BenchWarmupTest {

    @Test
    void fourRoundsNoFasterThanTheBestBeforeThemAreSettled() {
        assertThat(BenchCommand.isSettled(List.of(120.0, 300.0, 660.0, 610.0, 480.0, 560.0, 670.0))).isTrue();
    }

    @Test
    void aRoundStillBeatingTheBestIsNotSettled() {
        assertThat(BenchCommand.isSettled(List.of(120.0, 300.0, 500.0, 480.0, 460.0, 470.0, 560.0))).isFalse();
    }

    @Test
    void fewRoundsAreNotSettled() {
        assertThat(BenchCommand.isSettled(List.of(600.0, 600.0, 600.0, 600.0))).isFalse();
    }
}
