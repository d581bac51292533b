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

    /**
     * "“…,” said the party official. “…”": a sentence of a quote alone, right after the sentence of the quote before
     * ({@code lastQuoteSentence}), goes on with that quote's speaker and stands as a certain speaker does, the writer's
     * own order saying whose it is; not in an exchange ({@code asks}, {@code previousAsked}), where a question or its
     * answer is often someone else's (the ranker weighs those), and only where that speaker was the sentence's one.
     */
    static boolean stands(QuoteSite site, ArticleLog log, int lastQuoteSentence, boolean asks, boolean previousAsked) {
        Attribution rule = site.rule();
        Sentence s = site.sentence();
        int before = s.index() - 1;
        return rule != null && rule.method() == AttributionMethod.CONTINUATION && s.isQuoteOnly() && !asks && !previousAsked
                && rule.speaker() == site.previousSpeaker() && lastQuoteSentence == before
                && log.sentence(before).story() == s.story() && log.isOnlySpeaker(before, rule.speaker());
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
