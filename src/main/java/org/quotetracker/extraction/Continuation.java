package org.quotetracker.extraction;

/**
 * A quote-only sentence, a paragraph that reopens a quote, or "Adding, “…”", in the paragraph of the last quote or
 * the one after it: the last speaker goes on.
 */
final class Continuation implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution last = quote.lastSpeaker();
        // "Adding, “…”": a participle that opens its sentence goes on from the last speaker; one after a main clause
        // ("Reed pressed the mayor, insisting on the “higher ground”") is that clause's, even where the reading found
        // no subject for it
        boolean borrowsSpeaker = quote.cue() != null && quote.cue().kind() == Cue.Kind.PARTICIPLE && opensSentence(quote);
        if (last == null || quote.paragraph() - quote.lastSpeakerParagraph() > 1) {
            return null;
        }
        return quote.sentence().isQuoteOnly() || quote.span().reopened() || borrowsSpeaker ? last.reusedAs(AttributionMethod.CONTINUATION, 0.75) : null;
    }

    /** Whether nothing but an opening conjunction or adverb ("And adding", "Then adding") stands before the participle. */
    private static boolean opensSentence(QuoteReading quote) {
        for (int i = 0; i < quote.cue().index(); i++) {
            Token t = quote.tokens().get(i);
            if (t.isWord() && !t.lower().endsWith("ly") && !Lexicon.get().isParticipleOpener(t.lower())) {
                return false;
            }
        }
        return true;
    }
}
