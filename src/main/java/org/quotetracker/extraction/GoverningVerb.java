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
        if (governed != null && (governed.method() == AttributionMethod.EXPLICIT_AFTER || governed.method() == AttributionMethod.EXPLICIT_BEFORE)) {
            // "“…,” Lee said, according to CNN": news style credits the words to whoever reported them, and Lee stays a
            // candidate; the ranker decides (Stages: a reporter of another's words is not certain)
            Attribution reporter = quote.reader().reporterOf(quote.tokens(), quote.cue(), quote.q(), quote.sentence().index()).orElse(null);
            if (reporter != null && reporter.speaker() != governed.speaker() && reporter.speaker().kind != SpeakerKind.ANONYMOUS) {
                return reporter;
            }
        }
        if (governed != null) {
            Attribution owner = quote.reader().ownerOfQuotedWords(quote.tokens(), quote.q(), quote.cue(), quote.sentence().index(), quote.words()).orElse(null);
            if (owner != null && owner.speaker() != governed.speaker()) {
                return owner; // "Lane mocked Hart's “…” remark": Hart's words, proposed for the ranker
            }
        }
        return governed;
    }
}
