package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotetracker.eval.Quotes.gold;

import org.junit.jupiter.api.Test;

class QuoteContextTest {

    private static String shapeOf(String text, String quote) {
        int start = text.indexOf(quote);
        return QuoteContext.shape(quote, text, start, start + quote.length());
    }

    @Test
    void aQuoteAttributedAfterwardsShowsItsCueAndNoMore() {
        assertEquals("¶ \"…,\" he said", shapeOf("Intro.\n\"We are making progress,\" he said in the Oval Office.", "We are making progress,"));
    }

    @Test
    void namesBecomeNameAndTheReportersOwnWordsAnEllipsis() {
        assertEquals("¶ \"…,\" said Name", shapeOf("\"Not yet,\" said Karine Jean-Pierre, the press secretary.", "Not yet,"));
    }

    @Test
    void aQuoteAttributedBeforeShowsTheCueAndTheParagraphEnd() {
        assertEquals("Name said: \"….\" ¶", shapeOf("Stoltenberg said: \"It will send a message.\"\nMore.", "It will send a message."));
    }

    @Test
    void aFragmentInTheReportersSentenceShowsWordsOnBothSides() {
        assertEquals("Name … \"…\" … Name.", shapeOf("Ukraine is \"making progress\" against Russia.", "making progress"));
    }

    @Test
    void quotesAreClassedByLength() {
        assertEquals("1-3 words", QuoteContext.length("making progress"));
        assertEquals("13+ words", QuoteContext.length("one two three four five six seven eight nine ten eleven twelve thirteen"));
    }

    @Test
    void theSpeakerPlaceSaysWhereTheArticleNamesTheGoldSpeaker() {
        String text = "Jens Stoltenberg arrived.\n\"We are ready,\" he said.";
        GoldQuote quote = gold("{'speaker': 'Jens Stoltenberg', 'start': 27, 'end': 40}");
        assertEquals("named in an earlier paragraph", QuoteContext.speakerPlace(quote, text));
    }
}
