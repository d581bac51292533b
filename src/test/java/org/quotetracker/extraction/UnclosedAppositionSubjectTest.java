package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An apposition that opens with an article and never closes keeps the name before its comma as the subject. */
class UnclosedAppositionSubjectTest {

    @Test
    void aTitledNameAfterTheAppositionsPrepositionIsItsObject() {
        assertThat(Extract.speaker("bad temper",
                "Dana Holt, a former guard for Governor Lu Lan has written a memoir in which she describes the \"bad temper\" of the mayor."))
                .isEqualTo("Dana Holt");
    }
}
