package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "many pundits said", "the guilds said": the plain plural of a listed head (a title's, or a body's) is an unnamed group
 * named by its description, though the lexicon spells only the singular.
 */
class PluralHeadGroupTest {

    @Test
    void aQuantifierAndThePluralOfAListedTitleIsAGroup() {
        String[] text = {
                "Mayor Ina Rusk opened the new ferry dock on Tuesday morning.",
                "Many pundits said \u201cthe toll plan will sink the island market by spring.\u201d"};
        assertThat(Extract.speaker("sink the island market", text)).isEqualToIgnoringCase("Many pundits");
    }

    @Test
    void thePluralOfAnOrganisationHeadIsAGroupNotTheLatestBody() {
        String[] text = {
                "The Harbor Guild asked the board to delay the new ferry fare.",
                "\u201cNo fare rise before the bridge opens,\u201d the associations said."};
        assertThat(Extract.speaker("No fare rise", text)).isEqualTo("the associations");
    }
}
