package org.quotetracker.extraction;

/** "Clinton touted her record. “We need fair elections.”": a quote-only sentence after a sentence about its source. */
final class PreviousSentence implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution source = quote.previousSentenceSource();
        return source != null && quote.sentence().isQuoteOnly() ? source.reusedAs(AttributionMethod.PREVIOUS_SENTENCE, 0.7) : null;
    }
}
