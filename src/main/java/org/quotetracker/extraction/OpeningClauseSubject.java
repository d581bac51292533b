package org.quotetracker.extraction;

/**
 * "After Brown criticized Clinton, Hillary shot back, “…”": when the speech verb stands in an opening subordinate
 * clause (or there is none) and the quote in the main clause, the person the main clause is about said it. This sieve
 * overrules the ones before it. "While he said …, the United States will “…”" stays with him: no person opens that
 * main clause.
 */
final class OpeningClauseSubject implements Sieve {

    @Override
    public Attribution attribute(QuoteReading quote, Attribution earlier) {
        Attribution own = propose(quote);
        return own != null ? own : earlier;
    }

    @Override
    public Attribution propose(QuoteReading quote) {
        int mainClause = quote.mainClause();
        boolean cueInOpeningClause = mainClause > 0 && quote.q() >= mainClause
                && (quote.cue() == null || quote.cue().index() < mainClause);
        Attribution subject = quote.subject();
        return cueInOpeningClause && subject != null && subject.speaker().kind == SpeakerKind.PERSON
                ? subject.reusedAs(null, AttributionMethod.SENTENCE_SUBJECT, 0.6) : null;
    }
}
