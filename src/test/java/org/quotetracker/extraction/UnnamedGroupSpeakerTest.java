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

    @Test
    void aPluralNounOfPeopleBeforeOfAndALowerCaseDescriptionIsAGroupNamedByTheWholeDescription() {
        String[] text = {
                "The county board approved the new ferry fare on Monday.",
                "Opponents of the higher fare say \u201cit punishes the families who ride every day.\u201d"};
        assertThat(Extract.speaker("punishes the families", text)).isEqualTo("Opponents of the higher fare");
    }

    @Test
    void aKnownPersonsSurnameBeforeOfStaysThatPerson() {
        String[] text = {
                "Councilwoman Ada Peters chaired the ferry hearing on Monday.",
                "Peters of the harbor committee said \u201cthe fare will stay where it is.\u201d"};
        assertThat(Extract.speaker("fare will stay", text)).isEqualTo("Ada Peters");
    }
}
