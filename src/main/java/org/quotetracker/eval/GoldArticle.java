package org.quotetracker.eval;

import java.util.List;

/** The gold quotations of one article file. */
public record GoldArticle(String file, String published, List<GoldQuote> quotes) {

    /** The file's name without its folder: what predictions are matched by. */
    public String baseName() {
        return Scorer.baseName(file);
    }
}
