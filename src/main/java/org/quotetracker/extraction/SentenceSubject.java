package org.quotetracker.extraction;

/**
 * "Merkel heralded the deal as a “breakthrough”": no speech verb, but the subject of the sentence is the source; of
 * the joined clause that holds the quote, when it has its own ("…, while Ruiz called it “a fraud”").
 */
final class SentenceSubject implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution subject = quote.reader().joinedClauseSubjectHolding(quote.tokens(), quote.q(), quote.sentence().index())
                .orElse(quote.subject());
        // an unnamed subject is proposed when it describes people ("Her lawyers defended the view that he is “…”"), not
        // a thing ("The vote drew “…” from both sides"), so that a name in its object does not take the quote instead
        return subject != null && (subject.speaker().kind != SpeakerKind.ANONYMOUS || Discourse.describesPeople(subject.speaker()))
                ? subject.reusedAs(null, AttributionMethod.SENTENCE_SUBJECT, 0.5) : null;
    }
}
