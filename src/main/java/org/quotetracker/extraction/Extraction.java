package org.quotetracker.extraction;

import java.util.List;

/** Everything the extractor learnt from one page: its metadata, its body text, its quotes and the titles it gives people. */
public record Extraction(ArticleMetadata metadata, String text, List<ExtractedQuote> quotes, List<RoleMention> roleMentions) {
}
