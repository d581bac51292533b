package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Descriptions owned by a possessive pronoun ("its senior vice president", "his spokeswoman"): whose they are. */
class PossessedDescriptionTest {

    @Test
    void itsTitleBelongsToTheInstitutionNotToAPersonOfThatTitle() {
        String[] text = {
                "Vice President Carl Mendez toured the harbor on Monday.",
                "The Harlow Steel Company announced 300 layoffs the same day.",
                "\"We regret every one of them,\" its senior vice president said."};
        assertThat(Extract.speaker("regret every one", text))
                .isNotEqualTo("Carl Mendez")
                .contains("Harlow Steel Company").contains("vice president");
    }

    @Test
    void hisSpokeswomanIsNotTheSpokeswomanOfSomeoneElse() {
        String[] text = {
                "Maria Costa, a spokeswoman for Rep. Lena Fisk, said the vote was about cost.",
                "Rep. Dan Ortiz voted for the water bill on Tuesday.",
                "\"He read every page of it,\" his spokeswoman said."};
        assertThat(Extract.speaker("read every page", text)).isNotEqualTo("Maria Costa").contains("Ortiz").contains("spokeswoman");
    }

    @Test
    void hisSpokeswomanIsTheOneTheStoryNamedAsHis() {
        String[] text = {
                "Rep. Dan Ortiz voted for the water bill on Tuesday.",
                "Maria Costa, a spokeswoman for Ortiz, said the vote was about cost.",
                "\"He read every page of it,\" his spokeswoman said."};
        assertThat(Extract.speaker("read every page", text)).isEqualTo("Maria Costa");
    }
}
