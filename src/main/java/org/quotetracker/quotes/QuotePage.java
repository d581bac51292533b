package org.quotetracker.quotes;

import java.util.Map;

import org.quotetracker.api.Connection;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.people.PersonView;

/**
 * A page of quotes with the speakers and articles that were read along with it, by id: the batch loaders of
 * {@code Quote.speaker} and {@code Quote.article} start from them and ask the database only for the rest.
 */
record QuotePage(Connection<QuoteView> quotes, Map<Long, PersonView> speakers, Map<Long, ArticleView> articles) {
}
