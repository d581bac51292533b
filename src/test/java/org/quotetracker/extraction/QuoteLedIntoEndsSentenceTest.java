package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quote the sentence's own words lead into ends the sentence at its closing period, even before a name and a speech
 * verb: the verb after it opens the next sentence and does not govern the quote.
 */
class QuoteLedIntoEndsSentenceTest {

    @Test
    void aPeriodClosingAQuoteLedIntoEndsTheSentenceBeforeTheNextSpeaker() {
        assertThat(Extract.speaker("a lazy planner",
                "Dana Pruitt has fought the zoning plan for months. Omar Feld backs it.",
                "In the fall, Pruitt attacked Feld, calling him, in one speech, \"a lazy planner.\" Feld hit back in May, accusing Pruitt of \"the worst kind of politics.\""))
                .isEqualTo("Dana Pruitt");
    }

    @Test
    void aQuoteOpeningItsSentenceKeepsTheAttributionAfterItsPeriod() {
        assertThat(Extract.speaker("zoning plan is dead",
                "Dana Pruitt has fought the zoning plan for months. Omar Feld backs it.",
                "\"The zoning plan is dead.\" Feld said on Friday."))
                .isEqualTo("Omar Feld");
    }
}
