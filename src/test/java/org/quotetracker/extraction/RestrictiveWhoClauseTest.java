package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A "who" clause without commas between a description and its speech verb ("an official who spoke ... said"). */
class RestrictiveWhoClauseTest {

    @Test
    void theDescriptionBeforeARestrictiveWhoClauseSpeaks() {
        String[] text = {
                "Mayor Tilda Rusk met the council on Monday. A county clerk who spoke briefly after the vote said "
                        + "Tuesday, \"There are talks between the mayor and the union about the schedule.\""};
        assertThat(Extract.speaker("talks between the mayor", text)).isEqualTo("A county clerk");
    }
}
