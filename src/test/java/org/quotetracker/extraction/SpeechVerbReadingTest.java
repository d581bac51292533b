package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs of saying beyond "said". */
class SpeechVerbReadingTest {

    @Test
    void lessCommonSpeechVerbGovernsTheQuote() {
        assertThat(Extract.quote("rural clinics", "The debate ran late on Tuesday.",
                "Senator Alma Reyes decried the plan: \"This bill abandons rural clinics.\"").cue()).isEqualTo("decried");
        assertThat(Extract.speaker("need more staff", "The board met on Monday.",
                "Mayor Ilse Varga commented, \"The parks need more staff.\"")).isEqualTo("Ilse Varga");
    }

    @Test
    void quoteInAPhraseAnotherNamePossessesIsNoCertainWordOfTheVerbsSubject() {
        ExtractedQuote q = Extract.quote("exemption", "The council met on Monday to vote on the harbor plan.",
                "Mayor Ann Loft rejected Governor Dale Burr's offer to grant an \"exemption\" to the harbor.");
        assertThat(q.method().certain()).isFalse();
    }

    @Test
    void quoteInAPhraseAnotherNamePossessesAfterAVerbOfMockingIsProposedAsThatNames() {
        ExtractedQuote q = Extract.quote("paper tiger", "The council met on Monday to vote on the harbor plan.",
                "Councilman Owen Pratt mocked Mayor Tilda Rusk's \"paper tiger\" remark at the meeting.");
        assertThat(q.method().certain()).isFalse();
        assertThat(Extract.speaker("a fraud", "The council met on Monday to vote on the harbor plan.",
                "Councilman Owen Pratt called Mayor Tilda Rusk's plan \"a fraud\" at the meeting.")).isEqualTo("Owen Pratt");
    }

    @Test
    void quoteInTheThatClauseOfANamesClaimIsProposedAsThatNamesAndTheMainClausesPredicateIsNot() {
        String lead = "The council met on Monday to vote on the harbor plan.";
        ExtractedQuote q = Extract.quote("sank the port", lead,
                "Councilman Owen Pratt faulted the press for seizing on Mayor Tilda Rusk's claim that the governor \"sank the port,\" saying the point was fair.");
        assertThat(q.method().certain()).isFalse();
        assertThat(Extract.speaker("simply false", lead,
                "Councilman Owen Pratt said Thursday that Mayor Tilda Rusk's claim that he opposes the ferry is \"simply false.\""))
                .isEqualTo("Owen Pratt");
    }

    @Test
    void commentsAsANounIsNoSpeechVerb() {
        String text = "Harsh comments followed the vote.";
        assertThat(new SpeechVerbs(new SubjectPhrases(new NounPhrases())).cues(Tokenizer.tokenize(text, 0, text.length(), List.of())))
                .isEmpty();
    }

    @Test
    void capitalisedVerbAfterAnAppositionGovernsTheQuote() {
        ExtractedQuote q = Extract.quote("single library", "The council met on Monday to debate the budget.",
                "Nadia Kerrow, the council's finance chair, Tweeted \"We will not cut a single library this year.\"");
        assertThat(q.cue()).isEqualTo("Tweeted");
        assertThat(q.speaker().name()).isEqualTo("Nadia Kerrow");
    }

    @Test
    void quoteInOpeningTimeClauseIsThatClausesSpeakers() {
        assertThat(Extract.speaker("pay their share", "The council met on Monday to vote on the harbor plan.",
                "After Mayor Tilda Rusk said that fishermen would \"pay their share,\" Councilman Owen Pratt said: \"They already pay enough.\""))
                .isEqualTo("Tilda Rusk");
    }

    @Test
    void quoteAfterATimeClausesOwnVerbIsThatClausesSpeakers() {
        assertThat(Extract.speaker("the docks need money", "The council met on Monday to vote on the harbor plan.",
                "Councilman Owen Pratt wrote after Mayor Tilda Rusk argued at the meeting that \"the docks need money now.\""))
                .isEqualTo("Tilda Rusk");
    }

    @Test
    void aSubjectBeforeADashAsideIsTheVerbsSubject() {
        assertThat(subjectOf("promises", "The new flyer - as columnist Owen Pratt noted recently - promises to \"fix every pier.\""))
                .isEqualTo("The new flyer");
        assertThat(subjectOf("promises", "The new flyer, which - as columnist Owen Pratt noted - promises to \"fix every pier,\" drew a crowd."))
                .isEqualTo("The new flyer");
    }

    /** The words of the phrase the reading takes for the subject of the verb. */
    private static String subjectOf(String verb, String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length(), List.of());
        int at = 0;
        while (!tokens.get(at).is(verb)) {
            at++;
        }
        int[] phrase = new SubjectPhrases(new NounPhrases()).phraseBefore(tokens, at).orElseThrow();
        return String.join(" ", tokens.subList(phrase[0], phrase[1]).stream().map(Token::text).toList());
    }

    @Test
    void asideAsXSaidDoesNotGovernAQuoteLaterInTheMainClause() {
        String lead = "Mayor Tilda Rusk spoke at the harbor on Monday.";
        assertThat(Extract.speaker("promise", lead,
                "She mocked the critics and said the harbor is safe - as Councilman Owen Pratt has said - and she can \"promise\" more ferries, too."))
                .isNotEqualTo("Owen Pratt");
        assertThat(Extract.speaker("money pit", lead, "The harbor is, as Councilman Owen Pratt said, \"a money pit.\""))
                .isEqualTo("Owen Pratt");
        assertThat(Extract.speaker("fix every pier", lead,
                "The new flyer, which - as columnist Owen Pratt noted recently in the Harbor Gazette - promises to \"fix every pier by spring,\" drew a crowd."))
                .isNotEqualTo("Owen Pratt");
    }

    @Test
    void asideAsXNotedIsNoSpeakerOfTheWordsOfTheMainClausesPersonSubject() {
        ExtractedQuote q = Extract.quote("broken clock",
                "Harbor board chair Lena Voss -- as the Harbor Gazette noted this week -- has teased the mayor for \u201chiding behind a broken clock.\u201d");
        assertThat(q.speaker().name()).isEqualTo("Lena Voss");
        assertThat(q.method()).isEqualTo(AttributionMethod.SENTENCE_SUBJECT);
    }

    @Test
    void aQuantifierBetweenAJointSubjectAndItsVerbLeavesTheSubjectTheSpeaker() {
        assertThat(Extract.speaker("slow disaster", "The ferry plan had a bad week.",
                "Amid what the Harbor Gazette and Valley Ledger each called a \u201cslow disaster\u201d for the mayor, a story on the website Pierwatch says the board will vote again."))
                .isEqualTo("Harbor Gazette and Valley Ledger");
    }

    @Test
    void aWhoAfterANameAndAShortPhraseOfMannerStandsForTheName() {
        assertThat(Extract.speaker("we will be there", "The two men met at the dock on Monday.",
                "\u201cBring everyone to the north pier,\u201d Ada Quill says to Ned Brook on camera, who answers gladly: \u201cGladly, we will be there!\u201d"))
                .isEqualTo("Ned Brook");
    }

    @Test
    void quoteEndingTheOpeningClauseLeavesTheMainClauseToItsSubject() {
        String text = "While Mayor Tilda Rusk proclaims the plan a \"bold step for the harbor,\" Councilman Owen Pratt fixates on the \"ferry\" line.";
        String lead = "The council met on Monday to vote on the harbor plan.";
        assertThat(Extract.speaker("bold step", lead, text)).isEqualTo("Tilda Rusk");
        assertThat(Extract.speaker("ferry", lead, text)).isEqualTo("Owen Pratt");
    }

    @Test
    void parentheticalReportGovernsTheClauseItInterrupts() {
        assertThat(Extract.speaker("a farce", "The council met on Monday to vote on the harbor plan.",
                "The harbor board, Councilman Owen Pratt said, called the vote \"a farce.\""))
                .isEqualTo("Owen Pratt");
    }

    @Test
    void pressedAndWentOnReportAQuestionInAnExchange() {
        String[] text = {"Governor Tom Baker met Mayor Ruth Adams on Monday.", "\"We never raise fees in winter,\" Adams said.",
                "\"Would you raise the fee again?\" Baker pressed.", "\"Then why did the bus fare go up?\" Baker went on."};
        assertThat(Extract.quote("fee again", text).cue()).isEqualTo("pressed");
        assertThat(Extract.quote("bus fare", text).cue()).isEqualTo("went");
        assertThat(Extract.speaker("bus fare", text)).endsWith("Baker");
    }

    @Test
    void wentOnBeforeAnInfinitiveIsNoSpeechVerb() {
        String text = "The Ridge team went on to take the cup.";
        assertThat(new SpeechVerbs(new SubjectPhrases(new NounPhrases())).cues(Tokenizer.tokenize(text, 0, text.length(), List.of())))
                .isEmpty();
    }
}
