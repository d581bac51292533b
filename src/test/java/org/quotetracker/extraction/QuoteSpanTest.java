package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteSpanTest {

    @Test
    void straightDoubleQuotesMarkAQuote() {
        assertThat(Extract.quotes("\"We are ready,\" said Kim Lee.")).extracting(ExtractedQuote::text).containsExactly("We are ready,");
    }

    @Test
    void curlyDoubleQuotesMarkAQuote() {
        assertThat(Extract.quotes("“We are ready,” said Kim Lee.")).extracting(ExtractedQuote::text).containsExactly("We are ready,");
    }

    @Test
    void offsetsPointAtTheQuotedWordsInThePage() {
        String page = "Headline of the story\n\n“We are ready,” said Kim Lee.\n";
        ExtractedQuote q = Extract.page(page).quotes().get(0);
        assertThat(page.substring(q.start(), q.end())).isEqualTo("We are ready,");
    }

    @Test
    void curlySingleQuotesWithAnApostropheInsideMarkOneQuote() {
        assertThat(Extract.quotes("‘I’m not giving up, because they aren’t either,’ said Kim Lee."))
                .extracting(ExtractedQuote::text).containsExactly("I’m not giving up, because they aren’t either,");
    }

    @Test
    void possessiveApostropheDoesNotCloseASingleQuote() {
        assertThat(Extract.quotes("Kim Lee called it ‘a threat to the farmers’ livelihoods.’"))
                .extracting(ExtractedQuote::text).containsExactly("a threat to the farmers’ livelihoods.");
    }

    @Test
    void anOpeningMarkAfterACommaAndBeforeASpaceCloses() {
        assertThat(Extract.quotes("“The ferry will not run this spring,“ said Kim Lee. “We need a new boat.”"))
                .extracting(ExtractedQuote::text).containsExactly("The ferry will not run this spring,", "We need a new boat.");
    }

    @Test
    void mismatchedMarksStillPair() {
        assertThat(Extract.quotes("Kim Lee said ‘if the rain stops, we will plant the whole valley” before the frost."))
                .extracting(ExtractedQuote::text).containsExactly("if the rain stops, we will plant the whole valley");
    }

    @Test
    void nonBreakingSpacesStayInsideTheQuote() {
        assertThat(Extract.quotes("“We are\u00a0ready to\u00a0go,” said Kim Lee."))
                .extracting(ExtractedQuote::text).containsExactly("We are\u00a0ready to\u00a0go,");
    }

    @Test
    void quoteInsideAQuoteStaysPartOfTheOuterQuote() {
        assertThat(Extract.quotes("\"He told me 'we will win' and I believed him,\" said Kim Lee."))
                .extracting(ExtractedQuote::text).containsExactly("He told me 'we will win' and I believed him,");
    }

    @Test
    void partialQuoteInsideASentenceIsMarkedPartial() {
        ExtractedQuote q = Extract.quote("still early days", "Kim Lee told reporters it was \"still early days\" for the plan.");
        assertThat(q.partial()).isTrue();
    }

    @Test
    void fullSentenceQuoteIsNotPartial() {
        assertThat(Extract.quote("We are ready", "\"We are ready,\" said Kim Lee.").partial()).isFalse();
    }

    @Test
    void quoteThatRunsOverParagraphsBelongsToItsSpeakerInEveryParagraph() {
        assertThat(Extract.quotes(
                "Kim Lee, the mayor, said: \"We built the bridge in two years.",
                "\"Nobody thought we could do it, and we did it under budget.\""))
                .extracting(q -> q.speaker().name()).containsExactly("Kim Lee", "Kim Lee");
    }

    @Test
    void scareQuoteWithNoSourceIsNotAQuote() {
        assertThat(Extract.quotes("The so-called \"peace plan\" was published on Monday by the newspaper.")).isEmpty();
    }

    @Test
    void shortSingleMarkedTermInDoubleMarkCopyIsNotAQuote() {
        assertThat(Extract.quotes(
                "“We will open the harbor in May,” said Mayor Ann Lobo.",
                "“The boats are ready,” Lobo added.",
                "Ned Fenn Blames The Delay On ‘Careless’ Planning"))
                .extracting(ExtractedQuote::text).containsExactly("We will open the harbor in May,", "The boats are ready,");
    }

    @Test
    void shortSingleMarkedQuoteInSingleMarkCopyIsAQuote() {
        assertThat(Extract.quotes("‘We will open the harbor in May,’ said Mayor Ann Lobo.", "Lobo called the delay ‘careless’ on Monday."))
                .extracting(ExtractedQuote::text).contains("careless");
    }

    @Test
    void singleMarkedSpeechInDoubleMarkCopyIsStillAQuote() {
        assertThat(Extract.quotes(
                "“We will open the harbor in May,” said Mayor Ann Lobo.",
                "“The boats are ready,” Lobo added.",
                "‘I am not ruling out a second pier, because the town keeps growing,’ Lobo said."))
                .extracting(ExtractedQuote::text).contains("I am not ruling out a second pier, because the town keeps growing,");
    }

    @Test
    void singleMarkRightAfterAnOpeningDoubleMarkOpensAnInnerQuote() {
        assertThat(Extract.quotes("Asked for her favourite show, Kim Lee laughed. “’The Night Garden,’” she said, “though I rarely get to watch it.”"))
                .extracting(ExtractedQuote::text).contains("’The Night Garden,’");
    }

    @Test
    void elisionRightAfterAnOpeningDoubleMarkDoesNotCloseTheQuote() {
        assertThat(Extract.quotes("“’Tis the season for mending fences,” said Kim Lee."))
                .extracting(ExtractedQuote::text).containsExactly("’Tis the season for mending fences,");
    }
}
