package org.quotetracker.extraction;

import java.util.List;

/**
 * A quote as the ranker sees it, for training: its span, the rule that reached it, and each candidate speaker's name
 * with the features of the pair.
 */
public record RankingExample(int start, int end, String rule, List<Option> candidates) {

    /** One candidate speaker: the name it would be printed with, and its features. */
    public record Option(String speaker, List<String> features) {
    }

    static RankingExample of(QuoteSite site, List<Candidate> candidates) {
        return new RankingExample(site.span().start(), site.span().end(), site.rule() == null ? null : site.rule().method().code(),
                candidates.stream().map(c -> new Option(c.entity().name(), c.features())).toList());
    }
}
