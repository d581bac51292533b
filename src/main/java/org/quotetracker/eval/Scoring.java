package org.quotetracker.eval;

import java.util.List;

/** The figures of a scoring run, and the quotes behind its shortfalls. */
public record Scoring(Figures figures, List<Missed> missed, List<WrongSpeaker> wrongSpeakers, List<FalseQuote> falseQuotes) {

    /** A required gold quote that no prediction matched. */
    public record Missed(String file, GoldQuote gold) {
    }

    /** A found gold quote whose predicted speaker is not the gold one. */
    public record WrongSpeaker(String file, GoldQuote gold, Prediction given) {
    }

    /** A prediction that matched no gold quote: a false positive. */
    public record FalseQuote(String file, Prediction given) {
    }
}
