package org.quotetracker.feeds;

import java.util.List;
import java.util.Map;

import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.quotes.QuoteViews;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/** The newest quotes matching some criteria with their speakers and articles: three queries, whatever the size. */
@Service
class QuoteFeeds {

    /** A feed shows what is new; older quotes are in the web app and the exports. */
    static final int ENTRIES = 50;

    private final QuoteViews quotes;
    private final PersonViews people;
    private final ArticleViews articles;

    QuoteFeeds(QuoteViews quotes, PersonViews people, ArticleViews articles) {
        this.quotes = quotes;
        this.people = people;
        this.articles = articles;
    }

    List<FeedEntry> newest(Specification<Quote> criteria) {
        List<QuoteView> newest = quotes.newest(criteria, ENTRIES);
        Map<Long, PersonView> speakers = people.byId(newest.stream().map(QuoteView::speakerId).distinct().toList());
        Map<Long, ArticleView> sources = articles.byId(newest.stream().map(QuoteView::articleId).distinct().toList());
        return newest.stream()
                .map(quote -> new FeedEntry(quote, speakers.get(quote.speakerId()), sources.get(quote.articleId())))
                .toList();
    }
}
