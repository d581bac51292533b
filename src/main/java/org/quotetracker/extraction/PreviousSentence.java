package org.quotetracker.extraction;

import java.util.Set;

/** "Clinton touted her record. “We need fair elections.”": a quote-only sentence after a sentence about its source. */
final class PreviousSentence implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution source = quote.previousSentenceSource();
        return source != null && quote.sentence().isQuoteOnly() ? source.reusedAs(AttributionMethod.PREVIOUS_SENTENCE, 0.7) : null;
    }

    /**
     * "CNN reported that night the testimony differed. / “…”": the source stands as a certain speaker does (the
     * ranker's own choice overruling it was no better on held-out quotes) where the text names it as the speaker of the
     * sentence before or, with no speaker, its one subject: not a guess for "he said" or "it", and not one of two
     * clauses' subjects ("Reed won't go that far, but Vance wants to …").
     */
    static boolean stands(QuoteSite site, ArticleLog log) {
        Attribution rule = site.rule();
        int before = site.sentence().index() - 1;
        if (rule == null || rule.method() != AttributionMethod.PREVIOUS_SENTENCE || before < 0) {
            return false;
        }
        Referent e = rule.speaker();
        Set<Referent> speakers = log.speakers(before);
        Set<Referent> resolved = log.resolvedSpeakers(before);
        if (!speakers.isEmpty() || !resolved.isEmpty()) {
            return speakers.contains(e); // the sentence's first speech verb names it ("CNN reported that Reed testified")
        }
        Set<Referent> subjects = log.subjects(before);
        return subjects.contains(e) && subjects.stream().allMatch(x -> x == e)
                && log.resolvedSubjects(before).stream().allMatch(x -> x == e);
    }
}
