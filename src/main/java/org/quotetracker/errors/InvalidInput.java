package org.quotetracker.errors;

/** An argument or a text that cannot be used as it is: empty, too long, malformed, not an id. */
public final class InvalidInput extends Refusal {

    public InvalidInput(String message) {
        super(message);
    }
}
