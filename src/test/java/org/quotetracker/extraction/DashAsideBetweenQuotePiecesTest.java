package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "“…” -- that Orme is seen as … -- “…,” he says": a clause set off by dashes between two pieces of one quote is
 *  no subject for the pronoun after them. */
class DashAsideBetweenQuotePiecesTest {

    @Test
    void aNameInADashAsideBetweenQuotePiecesIsNotThePronoun() {
        ExtractedQuote quote = Extract.quote("going to hold", "Ray Orme, a county commissioner, entered the race in March.",
                "Orme's adviser, Dale Pruitt, says his client has time to recover. \"I doubt the old story\" -- that Orme is seen as a harbor-town insider -- \"is going to hold,\" he says.");
        assertThat(quote.speaker().name()).isEqualTo("Dale Pruitt");
        assertThat(quote.method()).isEqualTo(AttributionMethod.PRONOUN);
    }
}
