package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The facts the ranker is given about a quote's candidates. */
class CandidatesTest {

    @Test
    void aQuestionAfterAStatementTellsTheRankerThatThePreviousSpeakerMadeAStatement() {
        RankingExample question = Extract.lastRankingExample(
                "Mayor Tom Reed spoke with radio host Dana Price on Tuesday.",
                "\"The harbor bridge will open in October,\" Reed said.",
                "\"Will it open before the election, then?\"");

        assertThat(Extract.features(question, "Tom Reed")).contains("spoke-previous&after-statement&question");
        assertThat(Extract.features(question, "Dana Price")).contains("question&type=PERSON").noneMatch(f -> f.startsWith("spoke-previous"));
    }

    @Test
    void aOneWordNameTheArticleAlsoWritesInLowerCaseIsMarkedAsACommonWord() {
        RankingExample last = Extract.lastRankingExample(
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "The pace stayed steady all week.",
                "\"We will finish,\" Steady said.");

        assertThat(Extract.features(last, "Steady")).contains("common-word-name");
        assertThat(Extract.features(last, "Tom Reed")).doesNotContain("common-word-name");
    }

    @Test
    void aStatementAfterAStatementHasNoQuestionFacts() {
        RankingExample last = Extract.lastRankingExample(
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "\"Not a day later.\"");

        assertThat(Extract.features(last, "Tom Reed")).contains("spoke-previous").noneMatch(f -> f.contains("question") || f.contains("after-"));
    }

    @Test
    void aPersonWhoBecomesTheSubjectBetweenTwoQuotesIsAShiftOfTopic() {
        RankingExample last = Extract.lastRankingExample(
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "Councilman Paul Vance disagreed with the schedule on Tuesday.",
                "\"The money is not there,\" he said.");

        assertThat(Extract.features(last, "Tom Reed")).contains("spoke-previous&other-subject-since");
        assertThat(Extract.features(last, "Paul Vance")).contains("subject-since-previous-quote");
    }

    @Test
    void aPreviousSpeakerNobodyDisplacedKeepsTheTopic() {
        RankingExample last = Extract.lastRankingExample(
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said.",
                "The bridge has cost the city more than planned.",
                "\"The money is there,\" he said.");

        assertThat(Extract.features(last, "Tom Reed")).contains("spoke-previous&no-other-subject-since");
    }

    @Test
    void aOneWordNameOfUnknownGenderWhoWasTheLastSubjectIsMarkedWhenThePronounRulePassesOverIt() {
        RankingExample last = Extract.lastRankingExample(
                "\"The shelter is full,\" Mary Holt said.",
                "Brask, who runs the kitchen, spoke about the winter.",
                "\"We need blankets,\" she said.");

        assertThat(Extract.features(last, "Brask")).contains("unknown-gender-subject-1-over-rule");
        assertThat(Extract.features(last, "Mary Holt")).contains("rule").doesNotContain("unknown-gender-subject-1-over-rule");
    }

    @Test
    void aQuoteThatTalksOfSomeoneOfThePronounsGenderMarksTheStorysMainPersonAsLikelyTalkedAbout() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed visited the harbor on Monday. Reed spoke with the crews.",
                "Dale Orme, a welder, watched from the dock.",
                "\"He listens to us,\" he said.");

        assertThat(Extract.features(last, "Tom Reed")).contains("quote-talks-of-agreeing&story-salience=0");
        assertThat(Extract.features(last, "Dale Orme")).contains("quote-talks-of-agreeing&story-salience=1");
    }

    @Test
    void aQuoteThatTalksOfNoOneHasNoTalksOfFacts() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed visited the harbor on Monday. Reed spoke with the crews.",
                "Dale Orme, a welder, watched from the dock.",
                "\"The dock is ready,\" he said.");

        assertThat(Extract.features(last, "Tom Reed")).noneMatch(f -> f.startsWith("quote-talks-of-agreeing"));
    }

    @Test
    void aPersonFirstNamedWithADescriptionInTheSentenceBeforeIsMarkedAsIntroduced() {
        RankingExample last = Extract.lastRankingExample(
                "\"The council will vote on the plant in March,\" Mayor Tom Reed said.",
                "The last speaker of the evening was Dale Orme, a retired welder from the valley.",
                "\"They closed the plant without a word,\" he said.");

        assertThat(Extract.features(last, "Dale Orme")).contains("introduced-with-apposition-1");
        assertThat(Extract.features(last, "Tom Reed")).doesNotContain("introduced-with-apposition-1");
    }

    @Test
    void aPronounSubjectOfASentenceWithNoSpeechVerbGivesTheRankerItsAgreement() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed spoke with council member Dana Price about the harbor bridge on Tuesday.",
                "He then hinted that the opening was \"a matter of weeks, not months.\"");

        assertThat(Extract.features(last, "Tom Reed")).contains("pronoun=he&gender=M");
    }

    @Test
    void aNameInAnOpeningAsClauseIsMarkedAsItsSourceAndOneInAnAsideIsNot() {
        RankingExample opening = Extract.lastRankingExample(
                "As Dana Price put it, the harbor bridge is now \"a bridge to nowhere in particular.\"");
        RankingExample aside = Extract.lastRankingExample(
                "Mayor Tom Reed - as Dana Price noted on Tuesday - has called the harbor bridge \"a gift to the valley.\"");

        assertThat(Extract.features(opening, "Dana Price")).contains("as-clause-opening");
        assertThat(Extract.features(aside, "Dana Price")).contains("as-clause-aside");
        assertThat(Extract.features(aside, "Tom Reed")).noneMatch(f -> f.startsWith("as-clause"));
    }

    @Test
    void theSubjectOfAPassiveAskedBeforeTheQuoteIsMarkedAsItsAddressee() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed spoke with radio host Dana Price on Tuesday.",
                "Reed was asked, \"Will the harbor bridge open before the election?\"");

        assertThat(Extract.features(last, "Tom Reed")).contains("passive-addressee");
        assertThat(Extract.features(last, "Dana Price")).doesNotContain("passive-addressee");
    }

    @Test
    void aNameTheQuoteGoesStraightOnFromIsMarkedAsNamedRightBeforeIt() {
        RankingExample last = Extract.lastRankingExample(
                "\"The ferry timetable was drafted in a hurry,\" said Dana Price, a dock worker.",
                "Reed \"never once rode the early boat. He should try it in January.\"");

        assertThat(Extract.features(last, "Reed")).contains("named-right-before-quote");
        assertThat(Extract.features(last, "Dana Price")).doesNotContain("named-right-before-quote");
    }

    @Test
    void thePersonAQuestionWasPutToInTheSentenceBeforeIsMarkedAsAsked() {
        RankingExample answer = Extract.lastRankingExample(
                "Radio host Dana Price then asked Mayor Tom Reed when the harbor bridge would open.",
                "\"We will finish it in October,\" he said.");
        RankingExample topic = Extract.lastRankingExample(
                "Radio host Dana Price asked about Mayor Tom Reed and the budget on Tuesday.",
                "\"We will finish it in October,\" he said.");

        assertThat(Extract.features(answer, "Tom Reed")).contains("asked-1&statement");
        assertThat(Extract.features(answer, "Dana Price")).noneMatch(f -> f.startsWith("asked-1"));
        assertThat(Extract.features(topic, "Tom Reed")).noneMatch(f -> f.startsWith("asked-1"));
    }

    /** The ranking example of the last quote of a story of these paragraphs, after a headline. */
    @Test
    void aPersonCalledOnlyByTitleInTheWindowIsACandidateMarkedAsResolvedThere() {
        RankingExample last = Extract.lastRankingExample(
                "Councilwoman Ada Stroud opened the hearing on ferry fares on Monday.",
                "The room was full of commuters from the islands.",
                "\"Nobody here wants a higher fare,\" the councilwoman said.",
                "Several commuters nodded along by the windows.",
                "Harbor pilot Ivo Brandt spoke next about the boats.",
                "\"The boats are old,\" Brandt said.");

        assertThat(Extract.features(last, "Ada Stroud")).contains("resolved-in-window", "not-in-window", "mentions=0");
        assertThat(Extract.features(last, "Ivo Brandt")).doesNotContain("resolved-in-window");
    }

    @Test
    void aJointSpeakersMembersAreThePeopleWhoseSurnamesItsNameHolds() {
        Referent pair = new Referent("Dana Holt and Tom Reed", SpeakerKind.PERSON, Gender.UNKNOWN, null);
        Referent holt = new Referent("Dana Holt", SpeakerKind.PERSON, Gender.F, null);
        Referent reed = new Referent("Reed", SpeakerKind.PERSON, Gender.UNKNOWN, null);
        Referent vance = new Referent("Paul Vance", SpeakerKind.PERSON, Gender.M, null);
        Referent harbor = new Referent("Reed", SpeakerKind.ORGANIZATION, Gender.UNKNOWN, null);

        assertThat(Candidates.members(pair, List.of(pair, holt, reed, vance, harbor))).containsExactly(holt, reed);
    }

    @Test
    void aJointSpeakerTheLogNamesOnlyByItsMembersStandsAsCloseAsThem() {
        RankingExample last = Extract.lastRankingExample(
                "This is the Harbor Notes for Monday, March 3, 2014.",
                "FERRY PLANS NOT QUITE DEAD, JUST TOO SLOW - Dana Holt and Tom Reed: \"The ferry schedule will change in the spring. The fares will rise too.\" [Harbor Notes.]");

        assertThat(Extract.features(last, "Dana Holt and Tom Reed")).contains("rule", "plural", "sentences-back=0", "mentions=1")
                .doesNotContain("not-in-window", "mentions=0");
    }

    @Test
    void aQuoteOnlySentenceAfterAPronounSaidTellsTheRankerThePreviousSpeakerIsWhomThePronounWasReadAs() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed toured the harbor on Tuesday.",
                "\"The harbor bridge will open in October,\" he said. \"Not a day later.\"");

        assertThat(Extract.features(last, "Tom Reed")).contains("spoke-previous", "spoke-previous&resolved-speaker-1");
    }

    @Test
    void aQuoteOnlySentenceAfterANamedSpeakerHasNoResolvedPreviousSpeakerFact() {
        RankingExample last = Extract.lastRankingExample(
                "\"The harbor bridge will open in October,\" Mayor Tom Reed said. \"Not a day later.\"");

        assertThat(Extract.features(last, "Tom Reed")).contains("spoke-previous").doesNotContain("spoke-previous&resolved-speaker-1");
    }

    @Test
    void theyAgreesWithAnUnnamedGroupAsAPluralAndWithOnePersonOnlyByType() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Ina Rusk met the ferry crews at the dock on Tuesday.",
                "\"No fare rise before the bridge opens,\" the associations said.",
                "They asked Rusk to \"put the fare to a vote before the summer.\"");

        assertThat(Extract.features(last, "the associations")).contains("pronoun=they&plural");
        assertThat(Extract.features(last, "Ina Rusk")).contains("pronoun=they&type=PERSON");
    }
}
