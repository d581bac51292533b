package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Early in the race, …", "Late last week, …": "early" and "late" open a phrase of time, and the subject follows its comma. */
class EarlyLateOpenerTest {

    @Test
    void earlyOpensAPhraseOfTimeAndTheParticipleBorrowsTheSubjectAfterIt() {
        assertThat(Extract.speaker("a tired showman", "The harbor race is tight.",
                "Early in the race, Mayor Tilda Rusk attacked Councilman Owen Pratt, calling him \"a tired showman.\""))
                .isEqualTo("Tilda Rusk");
    }

    @Test
    void lateOpensAPhraseOfTimeAndTheParticipleBorrowsTheSubjectAfterIt() {
        assertThat(Extract.speaker("a tired showman", "The harbor race is tight.",
                "Late last week, Mayor Tilda Rusk attacked Councilman Owen Pratt, calling him \"a tired showman.\""))
                .isEqualTo("Tilda Rusk");
    }
}
