package org.quotetracker.extraction;

/** "Former secretary of state Hillary Clinton: “…”": a name and a colon introduce the quote, transcript style. */
final class NameAndColon implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        return quote.nameAndColon();
    }
}
