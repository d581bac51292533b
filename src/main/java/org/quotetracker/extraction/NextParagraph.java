package org.quotetracker.extraction;

import java.util.List;

/**
 * "“…”" alone, then "That was how Mayor Jo Park described the flood." or a signature ("- Jo Park."): the next paragraph
 * names the speaker.
 */
final class NextParagraph implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Block next = quote.nextParagraph();
        if (quote.paragraphSentences().size() != 1 || !quote.sentence().isQuoteOnly() || next == null) {
            return null;
        }
        String page = quote.page();
        List<Token> tokens = Tokenizer.tokenize(page, next.start(), next.end(), QuoteScanner.scan(page, next.start(), next.end(), false));
        List<List<Token>> split = SentenceSplitter.split(tokens);
        if (split.isEmpty()) {
            return null;
        }
        return quote.reader().signature(split.get(0), quote.sentence().index() + 1)
                .or(() -> NextSentence.speakerNamedIn(split.get(0), quote.reader(), quote.sentence().index(), AttributionMethod.NEXT_PARAGRAPH))
                .orElse(null);
    }
}
