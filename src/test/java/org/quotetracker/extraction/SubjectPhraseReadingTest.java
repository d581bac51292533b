package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The subject phrase of an explicit speech verb read to its person: a name in apposition after a bare title
 * ("…, singer Dana Whitfield"), a name in a dash aside after a description, a verb that opens its sentence after a
 * conjunction ("But, said Quist, …").
 */
class SubjectPhraseReadingTest {

    @Test
    void theNameAfterABareTitleInAppositionIsTheInvertedVerbsSpeaker() {
        String[] text = {
                "Mayor Eli Rusk opened the harbor festival on Saturday.",
                "\"It is a fine evening for the harbor,\" exhorted Rusk's guest, singer Dana Whitfield."};
        assertThat(Extract.speaker("fine evening", text)).isEqualTo("Dana Whitfield");
    }

    @Test
    void aNameInADashAsideAfterADescriptionIsTheVerbsSubject() {
        String[] text = {
                "Mayor Eli Rusk presented the budget on Monday.",
                "A former county commissioner -- Lou Brandt, who lost the 2008 race -- said the plan \"offered nothing new to the town.\""};
        assertThat(Extract.speaker("offered nothing new", text)).isEqualTo("Lou Brandt");
    }

    @Test
    void aVerbAfterAnOpeningConjunctionHasItsSubjectAfterIt() {
        String[] text = {
                "Marla Quist spoke at length about the vote, and Mayor Eli Rusk listened.",
                "But, said Quist, \"I do not want to start a fight over the budget.\""};
        assertThat(Extract.speaker("start a fight", text)).isEqualTo("Marla Quist");
    }
}
