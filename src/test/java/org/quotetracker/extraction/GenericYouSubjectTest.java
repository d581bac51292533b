package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenericYouSubjectTest {

    @Test
    void wordsBeforeTheGenericYouAreNoUnnamedSourceForALaterHe() {
        String[] text = {
                "Mayor Tom Reed has a plan for the harbor. It is a great deal better than you could say of the council. "
                        + "He warned the board against \"wasting money on piers.\""};
        ExtractedQuote q = Extract.quote("wasting money", text);

        // the pronoun reading itself finds the mayor, not "a great deal better than you" as the subject of "could say"
        assertThat(q.speaker().name()).isEqualTo("Tom Reed");
        assertThat(q.method()).isEqualTo(AttributionMethod.PRONOUN);
    }
}
