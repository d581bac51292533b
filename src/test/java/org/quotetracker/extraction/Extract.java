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

    /** The ranker's example for the last quote of an article of a headline and the given paragraphs. */
    static RankingExample lastRankingExample(String... paragraphs) {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples("Headline of the story\n\n" + String.join("\n\n", paragraphs) + "\n");
        return examples.get(examples.size() - 1);
    }

    /** The facts the ranker is given about one candidate of the example. */
    static List<String> features(RankingExample example, String speaker) {
        return example.candidates().stream().filter(c -> c.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError(speaker + " is no candidate: " + example.candidates().stream().map(c -> c.speaker()).toList()))
                .features();
    }
}
