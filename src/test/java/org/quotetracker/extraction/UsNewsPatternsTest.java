package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The attribution patterns of US news copy, one small text of our own each. */
class UsNewsPatternsTest {

    @Test
    void honorificAndSurnameNameTheFullPerson() {
        String[] text = {"Donald Trump spoke in Ohio on Monday.", "\"We will win big,\" Mr. Trump said."};
        assertThat(Extract.speaker("win big", text)).isEqualTo("Donald Trump");
    }

    @Test
    void mrsAndMsFollowTheirWoman() {
        String[] text = {"Hillary Clinton and Bernie Sanders met voters in Iowa.", "\"I am ready,\" Mrs. Clinton said."};
        assertThat(Extract.speaker("I am ready", text)).isEqualTo("Hillary Clinton");
    }

    @Test
    void longPossessiveApposition() {
        ExtractedQuote q = Extract.quote("market", "\"The market is turning,\" Maria Ortiz, Acme Corp.'s chief financial officer, said.");
        assertThat(q.speaker().name()).isEqualTo("Maria Ortiz");
    }

    @Test
    void relativeClauseAboutSomeoneElse() {
        assertThat(Extract.speaker("Never again",
                "Ben Tull, who was campaign manager for Mr. Hale, said: \"Never again.\"")).isEqualTo("Ben Tull");
    }

    @Test
    void channelsAreSpeechVerbs() {
        assertThat(Extract.speaker("Sad!", "\"Sad!\" Senator Amy Lott tweeted.")).isEqualTo("Amy Lott");
        assertThat(Extract.speaker("Sad day", "Senator Amy Lott wrote on Twitter: \"Sad day for the state.\"")).isEqualTo("Amy Lott");
        assertThat(Extract.speaker("deeply", "\"We are deeply concerned,\" the ministry said in a statement.")).isEqualTo("ministry");
        assertThat(Extract.speaker("not running", "Amy Lott told CNN: \"I am not running.\"")).isEqualTo("Amy Lott");
        assertThat(Extract.speaker("not running", "\"I am not running,\" Amy Lott said in an interview.")).isEqualTo("Amy Lott");
    }

    @Test
    void questionsAreQuotesOfTheAsker() {
        String[] text = {"Senator Amy Lott faced the board on Tuesday.", "\"Why now?\" she asked."};
        assertThat(Extract.speaker("Why now", text)).isEqualTo("Amy Lott");
    }

    @Test
    void interviewExchangeGivesEachLineItsSpeaker() {
        String[] text = {
                "Host Dana Blake pressed Senator Joan Ruiz on the budget.",
                "\"Will you vote for it?\" Blake asked.",
                "\"Not in its current form,\" Ruiz replied."};
        assertThat(Extract.speaker("Will you vote", text)).isEqualTo("Dana Blake");
        assertThat(Extract.speaker("current form", text)).isEqualTo("Joan Ruiz");
    }

    @Test
    void speakerNamedInTheNextParagraph() {
        String[] text = {"\"Nobody expected the river to rise this fast.\"", "That was how Mayor Jo Park described the flood on Monday."};
        assertThat(Extract.speaker("river to rise", text)).isEqualTo("Jo Park");
    }

    @Test
    void newspaperResolvesToTheNamedNewspaper() {
        String[] text = {"The Washington Post first reported the deal on Sunday.",
                "\"The talks lasted three days,\" the newspaper said."};
        assertThat(Extract.speaker("three days", text)).isEqualTo("Washington Post");
    }

    @Test
    void anInstitutionsReportSpeaksAsItself() {
        // "an unnamed source is keyed by its head noun, never by its employer alone": the report, not its publisher
        String[] text = {"The Brookings Institution published a report on the tax plan on Monday.",
                "\"The plan would cost $3 trillion,\" the report said."};
        assertThat(Extract.speaker("3 trillion", text)).isEqualTo("report");
    }

    @Test
    void aPersonsStatementResolvesToThePerson() {
        String[] text = {"Governor Alma Brandt put out a short statement about the dam repairs late Friday.",
                "\"Every family below the spillway will be told before the gates open,\" the statement said."};
        assertThat(Extract.speaker("below the spillway", text)).isEqualTo("Alma Brandt");
    }

    @Test
    void aStatementIsItsIssuersNotTheOpeningPlaces() {
        String[] text = {"In Ottawa, Premier Dana Whitcombe released a statement on Monday about the flood crews.",
                "\"We will rebuild every road the river took from us,\" the statement said."};
        assertThat(Extract.speaker("every road", text)).isEqualTo("Dana Whitcombe");
    }

    @Test
    void aStatementIsItsWritersNotTheNewspaperThatReportsIt() {
        String[] text = {"The Gazette reported that Lena Marsh emailed a short statement to its editors on Sunday.",
                "\"Our auditors found nothing wrong with the ledgers,\" the statement read."};
        assertThat(Extract.speaker("nothing wrong", text)).isEqualTo("Lena Marsh");
    }

    @Test
    void campaignResolvesToTheNamedCampaign() {
        String[] text = {"The Lott campaign raised $4 million in March.",
                "\"We are just getting started,\" the campaign said."};
        assertThat(Extract.speaker("getting started", text)).isEqualTo("Lott campaign");
    }

    @Test
    void titleOfInstitutionBeforeItsOwnTitledNameIsNoApposition() {
        assertThat(Extract.speaker("no place here", "Asked about a mural compared to the Gate of Mars, Chairman of the Panel "
                + "Sen. Tom Vessel (R-OH) said \"the mural has no place here.\"")).isEqualTo("Tom Vessel");
    }

    @Test
    void speakersOfAnInstitutionWhoseNameJoinsWordsWithAnd() {
        assertThat(Extract.speaker("cannot stand",
                "Ann Hale and Mary Stone of Denver's Institute for Law and Public Policy wrote that the rule \"cannot stand.\""))
                .contains("Ann Hale").contains("Mary Stone");
    }

    @Test
    void severalSpeakersAtOnce() {
        assertThat(Extract.speaker("unacceptable",
                "Sens. Carper, Feinstein and Leahy wrote that the delay was \"unacceptable.\"")).contains("Carper").contains("Leahy");
    }

    @Test
    void pronounAgreesInGenderAcrossAnotherSpeaker() {
        String[] text = {"\"The vote is Tuesday,\" said Mary Jones.", "Tom Smith, her rival, disagreed with the timing.",
                "\"We need more time,\" she said."};
        assertThat(Extract.speaker("more time", text)).isEqualTo("Mary Jones");
    }

    @Test
    void pronounFollowsTheLatestPersonOfItsGender() {
        String[] text = {"Mary Jones said the vote was on Tuesday.", "Tom Smith disagreed with the timing.", "\"We need more time,\" he said."};
        assertThat(Extract.speaker("more time", text)).isEqualTo("Tom Smith");
    }

    @Test
    void verbInAnOpeningClauseDoesNotGiveAwayTheMainClausesQuote() {
        assertThat(Extract.speaker("build it anyway",
                "After Governor Tom Baker criticized the plan, Mayor Ruth Adams shot back, \"We will build it anyway.\""))
                .isEqualTo("Ruth Adams");
    }

    @Test
    void openingAsClauseReportsAMainClauseWithNoSpeechVerb() {
        assertThat(Extract.speaker("going rate",
                "As the Harbor Gazette reported, the Ridge Show creator and star \"paid nearly twice the going rate\" for the lots."))
                .isEqualTo("Harbor Gazette");
        assertThat(Extract.speaker("long night",
                "As Governor Tom Baker noted recently, the vote was \"a long night for everyone.\"")).isEqualTo("Tom Baker");
    }

    @Test
    void openingAsClauseLeavesAMainClauseSpeechVerbItsQuote() {
        assertThat(Extract.speaker("long night",
                "As Governor Tom Baker noted, Mayor Ruth Adams said the vote was \"a long night for everyone.\"")).isEqualTo("Ruth Adams");
    }

    @Test
    void wordsReportedAfterWhileHeSaidStayHis() {
        String[] text = {"Governor Tom Baker spoke in the capital on Monday.",
                "While he said the state remained committed, the government will \"no longer pay every bill.\""};
        assertThat(Extract.speaker("no longer pay", text)).isEqualTo("Tom Baker");
    }

    @Test
    void passiveVerbsDoNotMakeTheirSubjectASpeaker() {
        assertThat(Extract.speaker("decent man",
                "Senator Amy Lott defended her aide as a \"very decent man\" on Tuesday, hours after the aide was charged with fraud."))
                .isEqualTo("Amy Lott");
    }

    @Test
    void speechReportedInsideSpeechIsTheOuterSpeakers() {
        assertThat(Extract.speaker("closely coordinated",
                "Rep. Sam Hill said Clinton called on members to be \"closely coordinated.\"")).isEqualTo("Sam Hill");
    }

    @Test
    void anInstitutionAfterARankIsNoPerson() {
        assertThat(Extract.page("Headline of the story\n\nThe vote at the U.N. General Assembly was delayed until the spring session in New York.\n")
                .roleMentions()).noneMatch(r -> r.person().equals("Assembly"));
    }

    @Test
    void aMonthNameInsideANameIsPartOfIt() {
        assertThat(Extract.speaker("stay the course", "\"We will stay the course,\" said Prime Minister Theresa May.")).isEqualTo("Theresa May");
    }

    @Test
    void aParticipleAfterTheObjectBelongsToTheSubject() {
        assertThat(Extract.speaker("fiasco", "Mayor Greg Hall wrote a letter to Attorney General Lena Park asking her office to investigate the \"fiasco.\""))
                .isEqualTo("Greg Hall");
    }

    @Test
    void aFirstNameThatIsAlsoACityStartsTheName() {
        assertThat(Extract.speaker("ready", "Senator Sofia Dalini said: \"We are ready.\"")).isEqualTo("Sofia Dalini");
    }
}
