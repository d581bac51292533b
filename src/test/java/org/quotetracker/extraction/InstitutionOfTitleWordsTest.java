package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Institutions whose names open with words that also open titles ("Justice", "Labor", "State"). */
class InstitutionOfTitleWordsTest {

    @Test
    void titleWordsBeforeAnInstitutionHeadAreTheInstitutionsName() {
        String[] text = {
                "The Labor Department released the monthly figures on Friday.",
                "\"Hiring slowed in every region but the coast,\" the Labor Department said."};
        assertThat(Extract.speaker("Hiring slowed", text)).isEqualTo("Labor Department");
    }

    @Test
    void theAgencyPointsBackToTheStateDepartmentAsAnOrganisation() {
        String[] text = {
                "The State Department said on Monday it would delay the release of the cables.",
                "\"We have done what we could within the limits of the calendar,\" said the agency."};
        assertThat(Extract.speaker("limits of the calendar", text)).isEqualTo("State Department");
    }
}
