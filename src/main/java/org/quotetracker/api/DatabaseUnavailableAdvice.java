package org.quotetracker.api;

import jakarta.persistence.PersistenceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An HTTP endpoint (the exports) whose database is out of reach answers 503 with Retry-After, before it has written
 * anything; other data access failures stay what they were.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    /** Spring's translated exceptions, and Hibernate's that reach here untranslated (a query run on the EntityManager). */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<String> unavailable(RuntimeException e) {
        if (!DatabaseUnavailable.causes(e)) {
            throw e;
        }
        log.warn("Request failed, the database being unavailable: {}", DatabaseUnavailableResolver.rootMessage(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .contentType(MediaType.TEXT_PLAIN)
                .body(DatabaseUnavailable.MESSAGE + "\n");
    }
}
