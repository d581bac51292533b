package org.quotetracker.quotes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;
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

    private static final String COLUMNS = """
            select q.id, q.quoted_text, q.role_title, q.said_on, q.date_precision, q.partial, q.cue, q.method,
                   q.confidence, q.sentence, q.start_offset, q.end_offset, q.speaker_id, q.article_id, q.statement_id""";

    /** The matched people's columns, named apart from the quote's and the article's. */
    private static final String PERSON = "person_";
    private static final String PERSON_COLUMNS = "m.id " + PERSON + "id, m.name " + PERSON + "name, m.kind " + PERSON
            + "kind, m.ambiguous " + PERSON + "ambiguous, m.quote_count " + PERSON + "quote_count";

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
        String from = withArticles
                ? COLUMNS + ", " + ArticleViews.COLUMNS_OF_A + " from " + quotesBySpeaker + " join article a on a.id = q.article_id"
                : COLUMNS + " from " + quotesBySpeaker;
        // The page size is written into the text (a checked int, at most 101 texts): with LIMIT as a parameter
        // PostgreSQL's generic plan looked dearer than a custom one, so it planned the statement anew on every run,
        // which took longer than running it (0.27 against 0.15 ms; 0.007 ms with a generic plan).
        // The scalar subquery is the one matched person's id, or null (no page) when the name means none or several.
        String sql = "with matched as (" + people.knownAsContainingSql() + ")"
                + " select " + PERSON_COLUMNS + ", page.* from matched m left join ("
                + from + " where q.speaker_id = (select max(id) from matched having count(*) = 1)"
                + order.sqlSeek(after, "q.said_on", "q.id")
                + " order by q.speaker_id, " + order.sqlOrder("q.said_on", "q.id") + " limit " + (page.first() + 1)
                + ") page on true order by " + order.sqlOrder("page.said_on", "page.id");
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
            QuoteView quote = view(row);
            rows.add(quote);
            if (withArticles) {
                articles.putIfAbsent(quote.articleId(), ArticleViews.view(row, quote.articleId()));
            }
        });
        return new Read(List.copyOf(speakers.values()), rows, articles);
    }

    private static QuoteView view(ResultSet row) throws SQLException {
        return new QuoteView(row.getLong("id"), row.getString("quoted_text"), row.getString("role_title"),
                row.getObject("said_on", LocalDate.class), DatePrecision.valueOf(row.getString("date_precision")),
                row.getBoolean("partial"), row.getString("cue"), AttributionMethod.ofCode(row.getString("method")), row.getDouble("confidence"),
                row.getString("sentence"), row.getInt("start_offset"), row.getInt("end_offset"),
                row.getLong("speaker_id"), row.getLong("article_id"), row.getLong("statement_id"));
    }
}
