package org.quotetracker.bench;

import java.util.List;

/** One synthetic news page: its file name, its text in the format the extractor reads, and the quotes it holds. */
public record GeneratedArticle(String fileName, String text, List<GeneratedQuote> quotes) {
}
