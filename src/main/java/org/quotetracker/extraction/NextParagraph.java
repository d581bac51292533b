package org.quotetracker.extraction;

import java.util.List;

/**
 * "“…”" alone, then "That was how Mayor Jo Park described the flood." or a signature ("- Jo Park."): the next paragraph
 * names the speaker. A signature is the writer's own word on whose the paragraph above is, so it overrules a guess
 * from the sentence before or the previous speaker ({@code previous-sentence}, {@code continuation}).
 */
final class NextParagraph implements Sieve {

    @Override
    public Attribution attribute(QuoteReading quote, Attribution earlier) {
        if (earlier == null) {
            return propose(quote);
        }
        if (earlier.certain() || !opensWithDash(quote)) {
            return earlier;
        }
        List<Token> first = firstSentenceAfter(quote);
        Attribution signed = first == null ? null : quote.reader().signature(first, quote.sentence().index() + 1).orElse(null);
        return signed != null ? signed : earlier;
    }

    @Override
    public Attribution propose(QuoteReading quote) {
        List<Token> first = firstSentenceAfter(quote);
        if (first == null) {
            return null;
        }
        return quote.reader().signature(first, quote.sentence().index() + 1)
                .or(() -> NextSentence.speakerNamedIn(first, quote.reader(), quote.sentence().index(), AttributionMethod.NEXT_PARAGRAPH))
                .orElse(null);
    }

    /** Whether the next paragraph's first character is a dash, as a signature's is (a cheap test before tokenizing it). */
    private static boolean opensWithDash(QuoteReading quote) {
        Block next = quote.nextParagraph();
        if (next == null) {
            return false;
        }
        String page = quote.page();
        int i = next.start();
        while (i < next.end() && Character.isWhitespace(page.charAt(i))) {
            i++;
        }
        if (i == next.end()) {
            return false;
        }
        char c = page.charAt(i);
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** The first sentence of the next paragraph, when the quote is a paragraph of its own; else null. */
    private static List<Token> firstSentenceAfter(QuoteReading quote) {
        Block next = quote.nextParagraph();
        if (quote.paragraphSentences().size() != 1 || !quote.sentence().isQuoteOnly() || next == null) {
            return null;
        }
        String page = quote.page();
        List<Token> tokens = Tokenizer.tokenize(page, next.start(), next.end(), QuoteScanner.scan(page, next.start(), next.end(), false));
        List<List<Token>> split = SentenceSplitter.split(tokens);
        return split.isEmpty() ? null : split.get(0);
    }
}
