package org.quotetracker.api;

/** A request whose parameters are not those of a GraphQL request; its message tells the caller what to fix. */
class InvalidGraphQlRequest extends RuntimeException {

    InvalidGraphQlRequest(String message) {
        super(message);
    }
}
