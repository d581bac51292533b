package org.quotetracker.writes;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write transaction again when it lost a race with another writer (another request, another instance, a bulk
 * ingest): it hit a unique key that the other wrote meanwhile (a person's name key, a title's, a statement's, a
 * page's text hash), or the database chose it as a deadlock's victim or it waited too long for a lock. Run again
 * from the start, it finds what the other stored and joins it, so the outcome is what it would have been had the
 * two run one after the other. Other failures (bad input, a broken constraint) are not retried.
 */
@Component
public class WriteRetry {

    /**
     * SQLSTATEs of a lost race, the same on H2 and PostgreSQL: unique violation, a foreign key to a row another writer
     * deleted meanwhile (a person who went with their last article), serialization failure (H2's deadlock),
     * PostgreSQL's deadlock, and H2's lock timeout.
     */
    private static final Set<String> LOST_RACE = Set.of("23505", "23503", "40001", "40P01", "HYT00");

    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .predicate(WriteRetry::lostARace)
            .maxRetries(8)
            // Apart by a random while, so that writers that collided once do not collide again in step.
            .delay(Duration.ofMillis(10))
            .jitter(Duration.ofMillis(10))
            .multiplier(2)
            .maxDelay(Duration.ofSeconds(1))
            .build());
    private final TransactionTemplate transaction;

    WriteRetry(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} in a transaction of its own, again in a new one as long as it loses races. */
    public <T> T inTransaction(Supplier<T> work) {
        return retry.invoke(() -> transaction.execute(status -> work.get()));
    }

    /**
     * Runs {@code write}, which opens its own transaction (a {@code @Transactional} method), again as long as it loses
     * races. Must not be called inside a transaction: the retry needs a new one.
     */
    public <T> T retrying(Supplier<T> write) {
        return retry.invoke(write);
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException) {
                return true;
            }
            // A batch reports the statement that failed as its next exception, not always as its cause.
            for (SQLException sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && LOST_RACE.contains(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
