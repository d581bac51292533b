package org.quotetracker.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.quotetracker.sql.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One speaker's quotes, a page at a time: the API's most asked question, in SQL. Through Spring Data and Hibernate
 * the same page cost more than everything else in the request together (a Criteria query built and run, and an entity
 * with three proxies per row). The ORDER BY starts with speaker_id so that H2, like PostgreSQL, reads
 * quote_speaker_said_idx in order and stops after the page; after a cursor, the keyset's condition seeks past it.
 * <p>
 * The people the name means, the page and (when the query asks for them) its articles are one statement: on
 * PostgreSQL each statement is a round trip and a connection taken from the pool, and under load those waits, not the
 * database's work, were most of a request's time. The page is read only when the name means exactly one person;
 * for several, the caller pages them another way with the people this read.
 */
@Component
class SpeakerQuotePages {

    /** The matched people's columns, named apart from the quote's and the article's. */
    private static final String PERSON = "person_";
    private static final String PERSON_COLUMNS = PersonViews.columns("m", PERSON);

    private final JdbcClient jdbc;
    private final PersonViews people;
    private final String quotesBySpeaker;

    SpeakerQuotePages(JdbcClient jdbc, PersonViews people, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.people = people;
        this.quotesBySpeaker = dialect.quotesBySpeaker();
    }

    /** The people a {@code speaker} filter means, and when it means one, that person's page (one row more). */
    record Read(List<PersonView> speakers, List<QuoteView> rows, Map<Long, ArticleView> articles) {
    }

    Read page(String speaker, Keyset<Quote, QuoteView> order, PageArguments page, boolean withArticles) {
        Keyset.Position after = order.positionAfter(page);
        String select = withArticles
                ? "select " + QuoteRows.COLUMNS + ", " + ArticleViews.COLUMNS_OF_A + " from " + quotesBySpeaker
                        + " join article a on a.id = q.article_id"
                : "select " + QuoteRows.COLUMNS + " from " + quotesBySpeaker;
        // The page size is written into the text (a checked int, at most 101 texts): with LIMIT as a parameter
        // PostgreSQL's generic plan looked dearer than a custom one, so it planned the statement anew on every run,
        // which took longer than running it (0.27 against 0.15 ms; 0.007 ms with a generic plan).
        // The scalar subquery is the one matched person's id, or null (no page) when the name means none or several.
        String sql = "with matched as (" + people.knownAsContainingSql() + ")"
                + " select " + PERSON_COLUMNS + ", page.* from matched m left join ("
                + select + " where q.speaker_id = (select max(id) from matched having count(*) = 1)"
                + order.sqlSeek(after, "q")
                + " order by q.speaker_id, " + order.sqlOrder("q") + " limit " + (page.first() + 1)
                + ") page on true order by " + order.sqlOrder("page");
        JdbcClient.StatementSpec query = jdbc.sql(sql)
                .params(PersonViews.knownAsContainingParameters(speaker))
                .params(order.sqlSeekParameters(after));
        Map<Long, PersonView> speakers = new LinkedHashMap<>();
        List<QuoteView> rows = new ArrayList<>();
        Map<Long, ArticleView> articles = new HashMap<>();
        query.query(row -> {
            PersonView person = PersonViews.view(row, PERSON);
            speakers.putIfAbsent(person.id(), person);
            if (row.getObject("id") == null) {
                return;
            }
            QuoteView quote = QuoteRows.view(row);
            rows.add(quote);
            if (withArticles) {
                articles.putIfAbsent(quote.articleId(), ArticleViews.view(row, quote.articleId()));
            }
        });
        return new Read(List.copyOf(speakers.values()), rows, articles);
    }
}
