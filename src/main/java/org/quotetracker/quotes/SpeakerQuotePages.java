package org.quotetracker.quotes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;
import org.quotetracker.people.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One speaker's quotes, a page at a time: the API's most asked question, in SQL. Through Spring Data and Hibernate
 * the same page cost more than everything else in the request together (a Criteria query built and run, and an entity
 * with three proxies per row). The ORDER BY starts with speaker_id so that H2, like PostgreSQL, reads
 * quote_speaker_said_idx in order and stops after the page; after a cursor, the keyset's condition seeks past it.
 * When the query asks for the quotes' articles they are joined in: on PostgreSQL a statement of its own for them was a
 * round trip, and a connection taken from the pool, on every request.
 */
@Component
class SpeakerQuotePages {

    private static final String COLUMNS = """
            select q.id, q.quoted_text, q.role_title, q.said_on, q.date_precision, q.partial, q.cue, q.method,
                   q.confidence, q.sentence, q.start_offset, q.end_offset, q.speaker_id, q.article_id, q.statement_id""";

    /** The article's columns, qualified so that no column the quote table gains can make them ambiguous. */
    private static final String ARTICLE_COLUMNS = "a." + ArticleViews.COLUMNS.replace(", ", ", a.");

    private final JdbcClient jdbc;

    SpeakerQuotePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    QuotePage page(PersonView speaker, Keyset<Quote, QuoteView> order, PageArguments page, LongSupplier counter,
                   boolean withArticles) {
        String direction = order.ascending() ? "asc" : "desc";
        String beyond = order.ascending() ? ">" : "<";
        Keyset.Position after = order.positionAfter(page);
        String seek = after == null ? ""
                : after.key() == null ? " and q.said_on is null and q.id " + beyond + " :id"
                : " and (q.said_on " + beyond + " :key or q.said_on is null or (q.said_on = :key and q.id " + beyond + " :id))";
        String from = withArticles
                ? COLUMNS + ", " + ARTICLE_COLUMNS + " from quote q join article a on a.id = q.article_id"
                : COLUMNS + " from quote q";
        JdbcClient.StatementSpec query = jdbc.sql(from + " where q.speaker_id = :speaker" + seek
                        + " order by q.speaker_id, q.said_on " + direction + " nulls last, q.id " + direction + " limit :rows")
                .param("speaker", speaker.id())
                .param("rows", page.first() + 1);
        if (after != null) {
            query = query.param("id", after.id());
            if (after.key() != null) {
                query = query.param("key", after.key());
            }
        }
        Map<Long, ArticleView> articles = new HashMap<>();
        List<QuoteView> rows = query.query((row, number) -> {
            QuoteView quote = view(row);
            if (withArticles) {
                articles.putIfAbsent(quote.articleId(), ArticleViews.view(row, quote.articleId()));
            }
            return quote;
        }).list();
        return new QuotePage(order.connection(rows, page, counter), Map.of(speaker.id(), speaker), articles);
    }

    private static QuoteView view(ResultSet row) throws SQLException {
        return new QuoteView(row.getLong("id"), row.getString("quoted_text"), row.getString("role_title"),
                row.getObject("said_on", LocalDate.class), DatePrecision.valueOf(row.getString("date_precision")),
                row.getBoolean("partial"), row.getString("cue"), AttributionMethod.ofCode(row.getString("method")), row.getDouble("confidence"),
                row.getString("sentence"), row.getInt("start_offset"), row.getInt("end_offset"),
                row.getLong("speaker_id"), row.getLong("article_id"), row.getLong("statement_id"));
    }
}
