package org.quotetracker.quotes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The speaker and article of each of a page's quotes as they stand now, read in one statement. A write may land
 * between reading a page and loading its links: an article deleted takes its quotes with it, a merge moves quotes to
 * another person and deletes the first. One statement sees a quote with both its links or not at all, so a page
 * that keeps only the quotes found here, and hands their links to the batch loaders, never meets a missing link.
 */
@Component
public class QuoteLinks {

    public record Links(PersonView speaker, ArticleView article) {
    }

    /** The speaker's columns, named apart from the quote's and the article's. */
    private static final String PERSON = "person_";

    private final JdbcClient jdbc;

    QuoteLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The links of each quote still stored, by quote id; a quote deleted meanwhile is absent. */
    public Map<Long, Links> of(Collection<Long> quoteIds) {
        Map<Long, Links> links = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return links;
        }
        jdbc.sql("select q.id as quote_id, " + PersonViews.columns("p", PERSON) + ", a.id as article_id, "
                        + ArticleViews.COLUMNS_OF_A
                        + " from quote q join person p on p.id = q.speaker_id join article a on a.id = q.article_id"
                        + " where q.id in (:ids)")
                .param("ids", quoteIds)
                .query(row -> {
                    links.put(row.getLong("quote_id"),
                            new Links(PersonViews.view(row, PERSON), ArticleViews.view(row, row.getLong("article_id"))));
                });
        return links;
    }
}
