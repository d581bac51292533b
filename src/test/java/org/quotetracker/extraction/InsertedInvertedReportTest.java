package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The puzzle of Vance, says Carl Pike, a historian, is …": an inverted report set off by commas inside a clause. */
class InsertedInvertedReportTest {

    @Test
    void nameAfterAnInsertedInvertedVerbSaysTheQuoteInTheClauseAfterIt() {
        assertThat(Extract.speaker("boldest harbor mayors", "Many first mayors were loyal to their towns, but few can match Ada Vance.",
                "The puzzle of Vance, says Carl Pike, a historian at the ferry museum, is how she made \"the boldest harbor mayors\" look timid."))
                .isEqualTo("Carl Pike");
    }
}
