package org.quotetracker.extraction;

/**
 * A quote-only sentence, a paragraph that reopens a quote, or "Adding, “…”", in the paragraph of the last quote or
 * the one after it: the last speaker goes on.
 */
final class Continuation implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution last = quote.lastSpeaker();
        boolean borrowsSpeaker = quote.cue() != null && quote.cue().kind() == Cue.Kind.PARTICIPLE; // "Adding, “…”"
        if (last == null || quote.paragraph() - quote.lastSpeakerParagraph() > 1) {
            return null;
        }
        return quote.sentence().isQuoteOnly() || quote.span().reopened() || borrowsSpeaker ? last.reusedAs(AttributionMethod.CONTINUATION, 0.75) : null;
    }
}
