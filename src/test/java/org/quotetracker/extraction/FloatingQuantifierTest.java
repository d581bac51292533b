package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quantifier between a subject and its speech verb ("each said", "both called") leaves the subject the verb's. */
class FloatingQuantifierTest {

    @Test
    void aSubjectBeforeEachSaidIsTheSpeechVerbsSubject() {
        ExtractedQuote quote = Extract.quote("a poor bargain for every renter",
                "Councilwoman Hana Ruel and Councilman Otto Brisk each said the lease deal was \"a poor bargain for every renter\" in the ward.");
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.speaker().name()).contains("Ruel").contains("Brisk");
    }
}
