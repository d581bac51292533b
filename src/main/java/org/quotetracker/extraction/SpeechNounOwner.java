package org.quotetracker.extraction;

/**
 * "Many followed Reed's dictum that the valley was an “open wound”", "Lowe's promise to stay “neutral”": no speech verb
 * gives the quote a speaker, but it stands in what a noun for someone's words says, and its owner said them. Tried
 * before the sentence's subject, who may only be reporting the owner's words ("Lowe mocked Reed's claim that …").
 */
final class SpeechNounOwner implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        return quote.reader().speechNounOwner(quote.tokens(), quote.q(), quote.sentence().index()).orElse(null);
    }
}
