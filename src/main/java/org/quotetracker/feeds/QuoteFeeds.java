package org.quotetracker.feeds;

import java.util.List;
import java.util.Map;

import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteLinks;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.quotes.QuoteViews;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/**
 * The newest quotes matching some criteria with their speakers and articles: two queries, whatever the size. The
 * links are read in one statement after the quotes, and a quote deleted in between (its article deleted, say) is left
 * out of the feed rather than written without a speaker or an article.
 */
@Service
class QuoteFeeds {

    /** A feed shows what is new; older quotes are in the web app and the exports. */
    static final int ENTRIES = 50;

    private final QuoteViews quotes;
    private final QuoteLinks links;

    QuoteFeeds(QuoteViews quotes, QuoteLinks links) {
        this.quotes = quotes;
        this.links = links;
    }

    List<FeedEntry> newest(Specification<Quote> criteria) {
        List<QuoteView> newest = quotes.newest(criteria, ENTRIES);
        Map<Long, QuoteLinks.Links> current = links.of(newest.stream().map(QuoteView::id).toList());
        return newest.stream().filter(quote -> current.containsKey(quote.id()))
                .map(quote -> new FeedEntry(quote, current.get(quote.id()).speaker(), current.get(quote.id()).article()))
                .toList();
    }
}
