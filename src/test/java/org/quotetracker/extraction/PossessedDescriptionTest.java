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

    @Test
    void theNameInAppositionAfterAnOwnedKinWordIsTheSubjectThatSheGoesBackTo() {
        String[] text = {
                "At the spelling bee, 12-year-old Lucy Marsh won the final round.",
                "Sen. Roy Hale has not said whether he will run again. But his wife, Clara, gave a hint of his plans on Monday.",
                "\"He wants to finish the work he started,\" she said."};
        assertThat(Extract.speaker("finish the work", text)).isEqualTo("Clara Hale");
    }

    @Test
    void theNameInAppositionAfterAnOwnedKinWordWithAnAgeIsTheSubject() {
        String[] text = {
                "At the spelling bee, 12-year-old Lucy Marsh won the final round.",
                "Her father, Ned, 44, told the crowd that the girl \"only read what she could carry home.\""};
        assertThat(Extract.speaker("only read what", text)).isEqualTo("Ned Marsh");
    }

    @Test
    void saidHisWifeGivesTheNameInApposition() {
        String[] text = {
                "Gov. Frank Dolan toured the flooded town on Sunday.",
                "\"We lost the house and the barn,\" said his wife, Rita."};
        assertThat(Extract.speaker("lost the house", text)).isEqualTo("Rita Dolan");
    }

    @Test
    void aKinsFirstNameAloneTakesTheOwnersSurname() {
        String[] text = {
                "Sen. Roy Hale has not said whether he will run again. But his wife, Clara, gave a hint of his plans.",
                "\"He wants to finish the work he started,\" she said.",
                "Hale's son, Peter, is less sure. \"Nobody knows what he will do,\" he said."};
        assertThat(Extract.speaker("finish the work", text)).isEqualTo("Clara Hale");
        assertThat(Extract.speaker("Nobody knows", text)).isEqualTo("Peter Hale");
    }

    @Test
    void aNamesDescriptionWithUnlistedModifiersIsTheOwnersPersonNotTheOwner() {
        String[] text = {
                "The election board counted ballots late into Thursday night.",
                "Mayor Dana Whitfield's right-hand woman greeted volunteers on Friday, saying: \"Nobody sleeps until the last ballot is counted.\""};
        assertThat(Extract.speaker("Nobody sleeps", text)).isNotEqualTo("Dana Whitfield").contains("right-hand woman");
    }

    @Test
    void aNamesDescriptionBeforeItsVerbIsTheOwnersPersonNotTheOwner() {
        String[] text = {
                "Eli Rusk admitted to the thefts in March.",
                "At the hearing, Rusk's veteran defense lawyer urged a short term, calling the thefts \"a passing phase.\""};
        assertThat(Extract.speaker("passing phase", text)).isNotEqualTo("Eli Rusk").contains("defense lawyer");
    }

    @Test
    void theOwnersRoleNamedInAppositionAtTheSentenceStartIsThePersonItLaterDescribes() {
        String[] text = {
                "Gov. Dana Holt spoke at the fairgrounds on Friday. Holt's campaign manager, Tom Reed, stayed in the capital.",
                "A judge dismissed the suit against the campaign on Monday.",
                "Holt's campaign manager said he was \"pleased with the ruling\" and ready to move on."};
        assertThat(Extract.speaker("pleased with the ruling", text)).isEqualTo("Tom Reed");
    }

    @Test
    void anOwnedChiefOfStaffIsAPersonTheNextSentenceNames() {
        String[] text = {
                "Sen. Dana Holt voted against the bill on Tuesday afternoon.",
                "Holt's chief of staff told reporters the bill deserved \"a fair hearing\" next year. Mark Ellis said the vote had been close all week."};
        assertThat(Extract.speaker("a fair hearing", text)).isEqualTo("Mark Ellis");
    }

    @Test
    void herCampaignIsANamedPersonsNotAnUnnamedSourcesInPassing() {
        String[] text = {
                "Dana Holt spoke in Halden on Tuesday. One volunteer said the crowd was small.",
                "Her campaign later mailed its donors a note saying, \"We are pulling ahead in Halden.\""};
        assertThat(Extract.speaker("pulling ahead", text)).contains("Holt").contains("campaign");
    }

    @Test
    void herCampaignIsNotAPairsCampaign() {
        String[] text = {
                "Dana Holt spoke in Halden on Tuesday. Ben Reed and Tom Lowe met in Arden.",
                "Her campaign later mailed its donors a note saying, \"We are pulling ahead in Halden.\""};
        assertThat(Extract.speaker("pulling ahead", text)).contains("Holt").contains("campaign").doesNotContain("Reed");
    }
}
