package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void nameAfterQuoteAndVerb() {
        assertThat(Extract.speaker("ready", "\"We are ready,\" said Kim Lee.")).isEqualTo("Kim Lee");
    }

    @Test
    void nameBeforeVerbAfterQuote() {
        assertThat(Extract.speaker("ready", "\"We are ready,\" Kim Lee said.")).isEqualTo("Kim Lee");
    }

    @Test
    void nameAndVerbBeforeAColonQuote() {
        assertThat(Extract.speaker("ready", "Kim Lee said: \"We are ready.\"")).isEqualTo("Kim Lee");
    }

    @Test
    void nameToldSomeoneBeforeTheQuote() {
        assertThat(Extract.speaker("ready", "Kim Lee told CNN: \"We are ready.\"")).isEqualTo("Kim Lee");
    }

    @Test
    void writtenAndTweetedWordsAreQuotes() {
        assertThat(Extract.speaker("ready", "\"We are ready,\" Kim Lee wrote on social media.")).isEqualTo("Kim Lee");
        assertThat(Extract.speaker("ready", "\"We are ready,\" Kim Lee tweeted.")).isEqualTo("Kim Lee");
    }

    @Test
    void accordingToNamesTheSource() {
        assertThat(Extract.speaker("have to stop", "The strikes \"have to stop now,\" according to Omar Haddad.")).isEqualTo("Omar Haddad");
    }

    @Test
    void aShortQuoteAParticipleGovernsIsSomeonesWordsThoughTheReadingFindsNoSubject() {
        String text = "There is still time for Councilman Tom Baker to mend fences, even after calling the council a \"rubber stamp\".";
        assertThat(Extract.speaker("rubber stamp", text)).isEqualTo("Tom Baker");
    }

    @Test
    void aParticipleAfterAMainClauseDoesNotContinueTheLastSpeaker() {
        String[] text = {
                "\"The budget is final,\" Mayor Ruth Adams said.",
                "There is still time for Councilman Tom Baker to mend fences with the mayor, even after repeatedly calling her office a \"rubber stamp\"."};
        assertThat(Extract.quote("rubber stamp", text).method()).isNotEqualTo(AttributionMethod.CONTINUATION);
    }

    @Test
    void quoteSplitByItsAttributionIsOneSpeakerTwice() {
        assertThat(Extract.quotes("\"We are ready,\" Kim Lee said, \"and we will not wait.\""))
                .extracting(q -> q.speaker().name()).containsExactly("Kim Lee", "Kim Lee");
    }

    @Test
    void pronounGoesToThePersonOfItsGender() {
        String[] text = {
                "Mayor Ruth Adams met Governor Tom Baker on Monday to discuss the flood defences along the river.",
                "\"The river will not wait for us,\" she said."};
        assertThat(Extract.speaker("river will not wait", text)).isEqualTo("Ruth Adams");
    }

    @Test
    void pronounGoesToTheLatestSpeakerOfItsGender() {
        String[] text = {
                "Governor Tom Baker said the state would pay for the dykes.",
                "\"We will not let the valley flood,\" he said."};
        assertThat(Extract.speaker("valley flood", text)).isEqualTo("Tom Baker");
    }

    @Test
    void quoteOnlyParagraphContinuesThePreviousSpeaker() {
        String[] text = {"\"We are ready,\" Kim Lee said.", "\"The trucks leave at dawn and the boats at noon.\""};
        assertThat(Extract.speaker("trucks leave", text)).isEqualTo("Kim Lee");
        assertThat(Extract.quote("trucks leave", text).method()).isEqualTo(AttributionMethod.CONTINUATION);
    }

    @Test
    void titleBeforeTheNameBecomesTheRole() {
        ExtractedQuote q = Extract.quote("impossible", "\"This is impossible,\" Kremlin spokesman Ivan Petrov told reporters.");
        assertThat(q.speaker().name()).isEqualTo("Ivan Petrov");
        assertThat(q.role()).isEqualTo("Kremlin spokesman");
    }

    @Test
    void possessiveTitleBeforeTheNameBecomesTheRole() {
        ExtractedQuote q = Extract.quote("hear you", "\"We hear you,\" said Canada's defence minister Anne Roy.");
        assertThat(q.speaker().name()).isEqualTo("Anne Roy");
        assertThat(q.role()).isEqualTo("Canada's defence minister");
    }

    @Test
    void appositionAfterTheNameBecomesTheRole() {
        ExtractedQuote q = Extract.quote("eventually",
                "Adm. Mary K. Stone Jr., the chief of naval operations, said on Thursday that it would happen. \"We'll get there eventually,\" she said.");
        assertThat(q.speaker().name()).isEqualTo("Mary K. Stone Jr.");
        assertThat(q.role()).isEqualTo("chief of naval operations");
    }

    @Test
    void appositionBetweenNameAndVerb() {
        assertThat(Extract.speaker("bigger", "\"The market is bigger than we thought,\" Rita Gomez, the company's chief executive, said."))
                .isEqualTo("Rita Gomez");
    }

    @Test
    void relativeClauseBetweenNameAndVerb() {
        assertThat(Extract.speaker("done deal",
                "Sam Ortiz, who was campaign manager for Mr. Hale in 2012, said the merger was \"a done deal.\"")).isEqualTo("Sam Ortiz");
    }

    @Test
    void surnameRefersBackToTheFullName() {
        String[] text = {"Defence Minister Olaf Brandt visited the troops on Monday.", "\"Morale is high,\" Brandt said."};
        ExtractedQuote q = Extract.quote("Morale", text);
        assertThat(q.speaker().name()).isEqualTo("Olaf Brandt");
        assertThat(q.role()).isEqualTo("Defence Minister");
    }

    @Test
    void honorificAndSurnameReferBackToTheFullName() {
        String[] text = {"Dong Xiaolin, a spokeswoman for the port, confirmed the closure.", "\"Ships will wait,\" Ms. Dong said."};
        assertThat(Extract.speaker("Ships will wait", text)).isEqualTo("Dong Xiaolin");
    }

    @Test
    void titleRefersBackToThePersonWhoHoldsIt() {
        String[] text = {"President Alma Reyes arrived in Lima on Sunday.", "The president said the talks were \"going well.\""};
        assertThat(Extract.speaker("going well", text)).isEqualTo("Alma Reyes");
        assertThat(Extract.quote("going well", text).method()).isEqualTo(AttributionMethod.TITLE_COREFERENCE);
    }

    @Test
    void institutionIsASpeakerOfItsOwnKind() {
        ExtractedQuote q = Extract.quote("precision strike", "Brazil's defence ministry said it had carried out a \"precision strike\" on the depot.");
        assertThat(q.speaker()).isEqualTo(new Speaker("Brazil's defence ministry", SpeakerKind.ORGANIZATION));
    }

    @Test
    void newsAgencyIsAnInstitution() {
        assertThat(Extract.quote("ready", "\"The army is ready to move,\" wrote Reuters.").speaker())
                .isEqualTo(new Speaker("Reuters", SpeakerKind.ORGANIZATION));
    }

    @Test
    void anonymousSourceIsASpeakerOfItsOwnKind() {
        ExtractedQuote q = Extract.quote("not changed", "\"Our policy has not changed,\" a senior EU official said.");
        assertThat(q.speaker()).isEqualTo(new Speaker("a senior EU official", SpeakerKind.ANONYMOUS));
        assertThat(q.role()).isEqualTo("senior EU official");
    }

    @Test
    void theOfficialRefersBackToTheAnonymousSource() {
        String[] text = {"\"Our policy has not changed,\" a senior EU official said.", "\"Nor will it,\" the official said on condition of anonymity."};
        assertThat(Extract.speaker("Nor will it", text)).isEqualTo("a senior EU official");
    }

    @Test
    void nameInsideTheSentenceWhoIsNotTheSpeakerDoesNotWin() {
        assertThat(Extract.speaker("not preparing",
                "General Marco Diaz is \"not preparing for peace -- he is preparing for war,\" Lena Fischer wrote on social media."))
                .isEqualTo("Lena Fischer");
    }

    @Test
    void nameInsideTheQuoteDoesNotWin() {
        assertThat(Extract.speaker("we hear you", "\"Secretary Marsh, we hear you,\" said Britain's health minister Tom Dale."))
                .isEqualTo("Tom Dale");
    }

    @Test
    void participleBorrowsTheSubjectOfTheMainClause() {
        assertThat(Extract.speaker("adapted",
                "Secretary of State Nina Holt had hinted on Wednesday that the policy was changing, saying the government had \"adapted and adjusted.\""))
                .isEqualTo("Nina Holt");
    }

    @Test
    void askerInAPassiveIsTheSpeaker() {
        assertThat(Extract.speaker("has it not",
                "Rivera was asked by host Dana Blake, \"That story has moved, has it not?\"")).isEqualTo("Dana Blake");
    }

    @Test
    void speakerNamedInTheNextSentence() {
        assertThat(Extract.speaker("cannot continue", "\"This cannot continue.\" Those were the words Ella Moss said on Friday."))
                .isEqualTo("Ella Moss");
    }

    @Test
    void partialQuoteWithoutSpeechVerbGoesToTheSentenceSubject() {
        assertThat(Extract.speaker("breakthrough", "Chancellor Greta Lind hailed the deal as a \"breakthrough.\"")).isEqualTo("Greta Lind");
    }

    @Test
    void quoteAfterAColonIntroductionGoesToItsSpeaker() {
        assertThat(Extract.speaker("cannot continue", "Senator Joan Ruiz issued the following statement:",
                "\"Our prayers are with the victims. This cannot continue.\"")).isEqualTo("Joan Ruiz");
    }

    @Test
    void everyQuoteCarriesAMethodAndAConfidence() {
        assertThat(Extract.quotes("\"We are ready,\" Kim Lee said.", "\"The trucks leave at dawn.\""))
                .allSatisfy(q -> {
                    assertThat(q.method()).isNotNull();
                    assertThat(q.confidence()).isBetween(0.0, 1.0);
                    assertThat(q.cue()).isEqualTo("said");
                });
    }
}
