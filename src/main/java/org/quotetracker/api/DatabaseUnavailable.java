package org.quotetracker.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import graphql.ErrorClassification;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database could not be reached or went away in the middle of a request (restarted, network cut, no connection
 * within the pool's timeout). Nothing the caller did wrong and nothing a stack trace would help with: the request may be
 * tried again once the database is back, which the pool notices by itself. GraphQL errors carry the classification
 * {@link #SERVICE_UNAVAILABLE}, HTTP endpoints answer 503.
 */
public final class DatabaseUnavailable {

    public static final ErrorClassification SERVICE_UNAVAILABLE = ErrorClassification.errorClassification("SERVICE_UNAVAILABLE");
    public static final String MESSAGE = "The database is unavailable for the moment; try again shortly.";
    /** Seconds after which a retry makes sense (HTTP Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** PostgreSQL's "the server is shutting down or starting" and "too many connections" states. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or one of its causes, is the database being out of reach. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A transaction that cannot even be rolled back has lost its connection (the pool then says only
            // "Connection is closed", with no SQLSTATE).
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof TransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
