package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speech verb in an opening subordinate clause ("After a reporter asked about it, …") has its own words: a quote
 * further on in the main clause is given by the speech verb after it ("…, according to X").
 */
class OpeningClauseVerbTest {

    @Test
    void aMainClauseQuoteAfterAnOpeningAskedGoesToTheAccordingToSourceAfterIt() {
        String[] text = {
                "The Ortons rarely talk about the ferry contract.",
                "After a radio host asked about it on Friday, the Ortons grew \"visibly tense\" once the microphones were off, according to Lena Brook."};
        assertThat(Extract.speaker("visibly tense", text)).isEqualTo("Lena Brook");
    }
}
