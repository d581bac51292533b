package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A surname in -ovic or -evic is a person's, though "-ic" also ends adjectives of origin ("Baltic", "Hispanic"). */
class SlavicSurnameTest {

    @Test
    void aSurnameEndingInOvicIsAPersonWhoCanSpeak() {
        String[] text = {
                "The draw for the tournament was made in Halden on Friday.",
                "Drago Halkovic will face Tom Reed in the final on Sunday.",
                "Halkovic said he was \"ready for a long match against a strong player.\""};
        assertThat(Extract.speaker("ready for a long match", text)).isEqualTo("Drago Halkovic");
    }
}
