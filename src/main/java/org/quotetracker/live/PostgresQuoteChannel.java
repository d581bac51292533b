package org.quotetracker.live;

import org.quotetracker.ingest.QuotesStored;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * New quotes on PostgreSQL, announced to every instance on the schema (this one included) with NOTIFY. Sent in the
 * storing transaction, on its connection: PostgreSQL delivers the notifications when, and only if, it commits, so no
 * listener hears of quotes it cannot read yet, or of quotes rolled back. The ingest command announces the same way.
 */
class PostgresQuoteChannel {

    private final JdbcTemplate jdbc;
    private final QuoteNotifications notifications;

    PostgresQuoteChannel(JdbcTemplate jdbc, QuoteNotifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void storing(QuotesStored stored) {
        RowCallbackHandler ignore = row -> { };
        for (String payload : QuoteNotifications.payloads(stored.quoteIds())) {
            jdbc.query("SELECT pg_notify(?, ?)", ignore, notifications.channel(), payload);
        }
    }
}
