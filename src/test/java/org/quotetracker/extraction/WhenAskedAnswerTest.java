package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhenAskedAnswerTest {

    @Test
    void whenAskedAfterASpeechVerbOfItsClauseLeavesTheQuoteToThatVerbsSubject() {
        String[] text = {
                "Any fine for the port would need the approval of Harbor Master Lu Lan, who told the council when asked "
                        + "about the piers: \"That matter is with the port engineers.\""};
        ExtractedQuote q = Extract.quote("port engineers", text);

        // "asked" would borrow the main clause's subject ("Any fine"); "told" has Lu Lan, through "who"
        assertThat(q.speaker().name()).isEqualTo("Lu Lan");
        assertThat(q.cue()).isEqualTo("told");
    }
}
