package org.quotetracker.errors;

/** A quote, person or article that is not stored (never was, or was deleted or merged away). */
public final class NotFound extends Refusal {

    public NotFound(String message) {
        super(message);
    }
}
