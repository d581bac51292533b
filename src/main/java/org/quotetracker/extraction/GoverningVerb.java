package org.quotetracker.extraction;

/**
 * The subject of the speech verb that governs the quote: "“…,” X said", "X said: “…”", "according to X", "…, saying
 * “…”". Its method says how the subject was read and resolved ({@code explicit-after}, {@code pronoun}, ...).
 */
final class GoverningVerb implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        if (quote.cue() == null) {
            return null;
        }
        Attribution governed = quote.reader().speakerOf(quote.tokens(), quote.cue(), quote.sentence().index(), quote.q()).orElse(null);
        if (governed != null) {
            Attribution owner = quote.reader().ownerOfQuotedWords(quote.tokens(), quote.q(), quote.cue(), quote.sentence().index(), quote.words()).orElse(null);
            if (owner != null && owner.speaker() != governed.speaker()) {
                return owner; // "Lane mocked Hart's “…” remark": Hart's words, proposed for the ranker
            }
        }
        return governed;
    }
}
