package org.quotetracker.eval;

import java.util.List;

/** The gold quotations of one article file. */
public record GoldArticle(String file, String published, List<GoldQuote> quotes) {
}
