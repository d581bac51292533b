package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Tomas “Beto” Varga carried a sign": a quoted nickname inside a name leaves one person, not two. */
class NicknameInNameTest {

    @Test
    void aQuotedNicknameKeepsTheNameWhole() {
        assertThat(Extract.speaker("walked the whole route", "Volunteers lined the avenue before noon.",
                "Tomas \"Beto\" Varga, a retired welder, carried a hand-painted banner. \"I walked the whole route without stopping,\" he said."))
                .isEqualTo("Tomas Beto Varga");
    }
}
