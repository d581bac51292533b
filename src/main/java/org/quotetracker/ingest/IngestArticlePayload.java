package org.quotetracker.ingest;

import java.util.List;

import org.quotetracker.articles.ArticleView;
import org.quotetracker.quotes.QuoteView;

/** The GraphQL {@code IngestArticlePayload}. */
record IngestArticlePayload(ArticleView article, List<QuoteView> quotes, boolean created) {
}
