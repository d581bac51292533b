package org.quotetracker.quotes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.quotetracker.api.Keyset;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;

/**
 * The quote row as the API reads it in SQL: the columns of a {@link QuoteView}, the view they make, and the orders
 * quotes are paged in, in both the Criteria and the SQL form ({@link Keyset}). Hibernate reads the same row through
 * the {@link Quote} entity and {@link QuoteMapper}, which maps by name; a new quote column is added to the entity,
 * the view, and here.
 */
final class QuoteRows {

    /** The columns of a {@link QuoteView}, of the quote table named {@code q}. */
    static final String COLUMNS = """
            q.id, q.quoted_text, q.role_title, q.said_on, q.date_precision, q.partial, q.cue, q.method, q.confidence,
            q.sentence, q.start_offset, q.end_offset, q.speaker_id, q.article_id, q.statement_id""";

    static final Keyset<Quote, QuoteView> NEWEST_FIRST = byDate(false);
    static final Keyset<Quote, QuoteView> OLDEST_FIRST = byDate(true);

    private QuoteRows() {
    }

    static Keyset<Quote, QuoteView> keyset(QuoteOrder order) {
        return order == QuoteOrder.OLDEST_FIRST ? OLDEST_FIRST : NEWEST_FIRST;
    }

    /** The quote in a row holding {@link #COLUMNS}. */
    static QuoteView view(ResultSet row) throws SQLException {
        return new QuoteView(row.getLong("id"), row.getString("quoted_text"), row.getString("role_title"),
                row.getObject("said_on", LocalDate.class), DatePrecision.valueOf(row.getString("date_precision")),
                row.getBoolean("partial"), row.getString("cue"), AttributionMethod.ofCode(row.getString("method")),
                row.getDouble("confidence"), row.getString("sentence"), row.getInt("start_offset"),
                row.getInt("end_offset"), row.getLong("speaker_id"), row.getLong("article_id"),
                row.getLong("statement_id"));
    }

    private static Keyset<Quote, QuoteView> byDate(boolean ascending) {
        return new Keyset<>("quote", "saidOn", "said_on", ascending, QuoteView::saidOn, QuoteView::id, LocalDate::parse);
    }
}
