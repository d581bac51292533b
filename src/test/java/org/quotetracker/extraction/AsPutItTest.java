package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsPutItTest {

    @Test
    void aQuoteAfterAnOpeningAsXPutsItIsXs() {
        String[] text = {
                "Mayor Dana Holt met the council of Halden on Tuesday about the harbor budget.",
                "As the Halden Courier's Lu Lan puts it, Holt is trying to hand the council \"a bargain it cannot turn down.\""};
        assertThat(Extract.speaker("a bargain it cannot", text)).isEqualTo("Lu Lan");
    }

    @Test
    void putItWithoutAsIsNoSpeechVerb() {
        String[] text = {
                "Mayor Dana Holt met the council of Halden on Tuesday about the harbor budget.",
                "Holt put it to a vote, calling the levy \"a fair share for every dock owner.\""};
        assertThat(Extract.quote("a fair share for every", text).cue()).isNotEqualTo("put");
    }
}
