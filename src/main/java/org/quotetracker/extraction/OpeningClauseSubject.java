package org.quotetracker.extraction;

import java.util.List;

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
        if (cueInOpeningClause && reportingAsClause(quote)) {
            return null; // "As the Gazette reported, the dentist “paid …”": the as-clause reports the main clause
        }
        Attribution subject = quote.subject();
        return cueInOpeningClause && subject != null && subject.speaker().kind == SpeakerKind.PERSON
                ? subject.reusedAs(null, AttributionMethod.SENTENCE_SUBJECT, 0.6) : null;
    }

    /**
     * "As Rusk noted, the vote was “a long night”": an opening "as" clause whose speech verb has no object of its own
     * (the "as" stands for it) reports the main clause, so when the main clause has no speech verb of its own, its
     * quote is the words of the as-clause's subject, unlike "After Baker criticized it, Adams shot back, “…”".
     */
    private static boolean reportingAsClause(QuoteReading quote) {
        List<Token> tokens = quote.tokens();
        Cue cue = quote.cue();
        int main = quote.mainClause();
        if (cue == null || cue.kind() != Cue.Kind.FINITE || !tokens.get(0).is("as") || !tokens.get(main - 1).is(",")) {
            return false;
        }
        for (int i = cue.index() + 1; i < main - 1; i++) {
            Token t = tokens.get(i); // only "it", "recently", "on Monday": no object after the verb
            if (!t.isWord() || !(t.is("it") || t.is("on") || t.lower().endsWith("ly") || t.isCapitalized() && tokens.get(i - 1).is("on"))) {
                return false;
            }
        }
        for (Cue other : quote.reader().cues(tokens)) {
            if (other.index() >= main) {
                return false; // the main clause has a speech verb of its own
            }
        }
        return true;
    }
}
