package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Orme's chief rival, Sen. Tom Holt, was …": the subject is the name in apposition, not the possessive's owner. */
class PossessiveOwnerApposedSubjectTest {

    @Test
    void theNamedRivalAfterAPossessiveIsWhomHeGoesBackTo() {
        String[] text = {
                "Gov. Carl Orme spoke to the farm union in Halden on Monday.",
                "Orme's chief rival, Sen. Tom Holt, stayed away from the union hall all week.",
                "That evening he spoke at a dinner in Brask, promising to be \"a friend to every grower in the valley.\""};
        assertThat(Extract.speaker("friend to every grower", text)).isEqualTo("Tom Holt");
    }
}
