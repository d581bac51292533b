package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place before a lower-case noun says where someone is from, not who: "the Ohio rancher" is a rancher. */
class PlaceModifierTest {

    @Test
    void aPlaceBeforeANounIsNotTheSpeaker() {
        String[] text = {
                "Walter Brandt spent the morning touring grain silos outside Toledo on Friday.",
                "\"Nobody here trusts the weather reports anymore,\" said the Ohio rancher, who runs four thousand head of cattle."};
        assertThat(Extract.speaker("trusts the weather", text)).isEqualTo("Walter Brandt");
    }
}
