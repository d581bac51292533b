package org.quotetracker.extraction;

import java.util.List;
import java.util.Optional;

/** "“…” That was how Smith put it": a quote-only sentence whose speaker the next sentence names. */
final class NextSentence implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        int k = quote.k();
        List<List<Token>> paragraph = quote.paragraphSentences();
        return k + 1 < paragraph.size()
                ? speakerNamedIn(paragraph.get(k + 1), quote.reader(), quote.sentence().index(), AttributionMethod.NEXT_SENTENCE).orElse(null)
                : null;
    }

    /** The subject of the first finite speech verb of a sentence without quotes. */
    static Optional<Attribution> speakerNamedIn(List<Token> next, SentenceReader reader, int sentence, AttributionMethod method) {
        if (next.stream().anyMatch(Token::isQuote)) {
            return Optional.empty();
        }
        for (Cue cue : reader.cues(next)) {
            if (cue.kind() == Cue.Kind.FINITE) {
                Optional<Attribution> a = reader.speakerOf(next, cue, sentence + 1, -1);
                if (a.isPresent()) {
                    return a.map(x -> x.reusedAs(method, 0.6));
                }
            }
        }
        return Optional.empty();
    }
}
