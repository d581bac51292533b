package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "the protesters chanted": a group that "the" points back to no one for speaks as itself, named by its description. */
class UnnamedGroupSpeakerTest {

    @Test
    void theGroupBeforeASpeechVerbIsTheSpeakerNotTheNearestPerson() {
        String[] text = {
                "Mayor Ina Rusk opened the new ferry dock on Tuesday morning.",
                "Waving flags by the gate, the protesters chanted \u201cNo dock without a vote!\u201d until she left.",
                "\u201cWe fear the tolls will empty the market,\u201d the club members told the harbor board."};
        assertThat(Extract.speaker("No dock", text)).contains("protesters");
        assertThat(Extract.speaker("empty the market", text)).contains("members");
    }
}
