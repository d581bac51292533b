package org.quotetracker.extraction;

/** "Clinton put it this way:" then "“…”": the source of a sentence that ends in a colon speaks the next quote. */
final class ColonSentence implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        return quote.colonSentence() == null ? null : quote.colonSentence().reusedAs(AttributionMethod.COLON_INTRO, 0.75);
    }
}
