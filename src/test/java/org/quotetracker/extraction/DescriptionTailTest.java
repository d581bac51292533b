package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "“…,” a staffer in the room wondered": an indefinite description with a prepositional tail of common words before the
 * speech verb is the quote's speaker; the quote was dropped, no phrase word ending the tail.
 */
class DescriptionTailTest {

    @Test
    void aDescriptionWithAPlaceTailBeforeTheVerbSpeaks() {
        String[] text = {
                "The city council met on Tuesday to discuss the harbor budget.",
                "\"Will the mayor sign it before the summer?\" a council staffer in the hallway wondered."};
        assertThat(Extract.speaker("before the summer", text)).isEqualTo("a council staffer in the hallway");
    }

    @Test
    void aDescriptionCloseToSomethingBeforeTheVerbSpeaks() {
        String[] text = {
                "The city council met on Tuesday to discuss the harbor budget.",
                "\"The ferry is too old to run,\" an aide close to the budget talks said."};
        assertThat(Extract.speaker("too old to run", text)).isEqualTo("an aide close to the budget talks");
    }

    @Test
    void anAdviserToSomeoneIsAnUnnamedAdviserNotThatPerson() {
        String[] text = {
                "The county council met on Thursday to weigh the new budget plan.",
                "A top adviser to Gov. Ann Bell says the budget is \u201con a steady course for the rest of the year.\u201d",
                "The plan goes to a vote next week."};
        assertThat(Extract.speaker("steady course", text)).isNotEqualTo("Ann Bell").contains("adviser");
    }
}
