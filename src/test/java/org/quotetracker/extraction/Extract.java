package org.quotetracker.extraction;

import java.util.List;

/** Test helper: extracts a small text and finds its quotes by their words. */
final class Extract {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private Extract() {
    }

    static Extraction page(String text) {
        return EXTRACTOR.extract(text);
    }

    /** An article of a headline and the given paragraphs. */
    static List<ExtractedQuote> quotes(String... paragraphs) {
        return page("Headline of the story\n\n" + String.join("\n\n", paragraphs) + "\n").quotes();
    }

    static ExtractedQuote quote(String words, String... paragraphs) {
        return quotes(paragraphs).stream()
                .filter(q -> q.text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in " + quotes(paragraphs)));
    }

    static String speaker(String words, String... paragraphs) {
        ExtractedQuote q = quote(words, paragraphs);
        return q.speaker() == null ? null : q.speaker().name();
    }
}
