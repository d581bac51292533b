package org.quotetracker.quotes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.LongSupplier;

import org.quotetracker.api.Connection;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.extraction.DatePrecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One speaker's quotes, a page at a time: the API's most asked question, in SQL. Through Spring Data and Hibernate
 * the same page cost more than everything else in the request together (a Criteria query built and run, and an entity
 * with three proxies per row). The ORDER BY starts with speaker_id so that H2, like PostgreSQL, reads
 * quote_speaker_said_idx in order and stops after the page; after a cursor, the keyset's condition seeks past it.
 */
@Component
class SpeakerQuotePages {

    private static final String COLUMNS = """
            select id, quoted_text, role_title, said_on, date_precision, partial, cue, method, confidence, sentence,
                   start_offset, end_offset, speaker_id, article_id, statement_id
            from quote where speaker_id = :speaker""";

    private final JdbcClient jdbc;

    SpeakerQuotePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Connection<QuoteView> page(long speakerId, Keyset<Quote, QuoteView> order, PageArguments page, LongSupplier counter) {
        String direction = order.ascending() ? "asc" : "desc";
        String beyond = order.ascending() ? ">" : "<";
        Keyset.Position after = order.positionAfter(page);
        String seek = after == null ? ""
                : after.key() == null ? " and said_on is null and id " + beyond + " :id"
                : " and (said_on " + beyond + " :key or said_on is null or (said_on = :key and id " + beyond + " :id))";
        JdbcClient.StatementSpec query = jdbc.sql(COLUMNS + seek + " order by speaker_id, said_on " + direction
                        + " nulls last, id " + direction + " limit :rows")
                .param("speaker", speakerId)
                .param("rows", page.first() + 1);
        if (after != null) {
            query = query.param("id", after.id());
            if (after.key() != null) {
                query = query.param("key", after.key());
            }
        }
        return order.connection(query.query(SpeakerQuotePages::view).list(), page, counter);
    }

    private static QuoteView view(ResultSet row, int number) throws SQLException {
        return new QuoteView(row.getLong("id"), row.getString("quoted_text"), row.getString("role_title"),
                row.getObject("said_on", LocalDate.class), DatePrecision.valueOf(row.getString("date_precision")),
                row.getBoolean("partial"), row.getString("cue"), row.getString("method"), row.getDouble("confidence"),
                row.getString("sentence"), row.getInt("start_offset"), row.getInt("end_offset"),
                row.getLong("speaker_id"), row.getLong("article_id"), row.getLong("statement_id"));
    }
}
