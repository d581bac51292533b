package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "said the harbor chief known as Sam": a description and the name it is known by are one phrase, the name its head. */
class KnownAsNameTest {

    @Test
    void theNameADescriptionIsKnownBySpeaks() {
        assertThat(Extract.speaker("ferry never left", "The harbor office opened an inquiry.",
                "\"The ferry never left early,\" said the harbor chief known as Sam, who asked to stay unnamed."))
                .isEqualTo("Sam");
    }
}
