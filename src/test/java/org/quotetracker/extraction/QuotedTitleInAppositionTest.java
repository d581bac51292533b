package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quoted title set off by commas inside an apposition does not stop the walk back to the subject. */
class QuotedTitleInAppositionTest {

    @Test
    void theNameBeforeAnAppositionWithAQuotedTitleAndAWhoClauseSpeaks() {
        assertThat(Extract.speaker("always kind",
                "Dana Holt, a judge on Lu Lan's cooking show, \"The Pantry,\" who later joined the firm of Lu Lan, said her boss was \"always kind and fair.\""))
                .isEqualTo("Dana Holt");
    }
}
