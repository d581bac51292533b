package org.quotetracker.live;

import org.quotetracker.ingest.QuotesStored;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * New quotes on a database one process uses (H2): whatever stores them in this process is heard once it commits.
 * Another process writing to the same H2 file is not heard; with several instances use PostgreSQL.
 */
class InProcessQuoteChannel {

    private final LiveQuotes live;

    InProcessQuoteChannel(LiveQuotes live) {
        this.live = live;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(QuotesStored stored) {
        live.publish(stored.quoteIds());
    }
}
