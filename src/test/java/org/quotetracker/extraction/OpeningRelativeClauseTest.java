package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A relative clause set off after an opening phrase belongs to that phrase; the sentence's subject follows it. */
class OpeningRelativeClauseTest {

    @Test
    void theSubjectAfterARelativeClauseOnTheOpeningPhraseIsTheSource() {
        String[] text = {
                "Mayor Ina Rusk opened the new ferry dock on Tuesday morning. Her rival Dale Orme was there too.",
                "Speaking to radio host Lena Varga on Monday in Halden, which is set to hold the first vote on the dock next week, "
                        + "Orme referred to Rusk as \u201ca tired old face.\u201d"};
        ExtractedQuote quote = Extract.quote("tired old face", text);
        assertThat(quote.speaker().name()).isEqualTo("Dale Orme");
        assertThat(quote.method()).isEqualTo(AttributionMethod.SENTENCE_SUBJECT); // read, not guessed as the nearest person
    }
}
