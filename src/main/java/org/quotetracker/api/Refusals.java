package org.quotetracker.api;

import org.quotetracker.errors.NotFound;
import org.quotetracker.errors.Refusal;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/** The one mapping from a domain {@link Refusal} to what the web edges answer with. */
public final class Refusals {

    private Refusals() {
    }

    /** The GraphQL classification ({@code extensions.classification}). */
    public static ErrorType errorType(Refusal refusal) {
        return refusal instanceof NotFound ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
    }

    /** The HTTP status of the export and feed endpoints. */
    public static HttpStatus httpStatus(Refusal refusal) {
        return refusal instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    }
}
