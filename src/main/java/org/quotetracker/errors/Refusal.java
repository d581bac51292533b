package org.quotetracker.errors;

/**
 * What the service refuses to do for what it was asked, which the caller can correct: plain domain exceptions, so
 * that services say what went wrong without knowing who asked. Each edge says it in its own way: the GraphQL API as a
 * classified error ({@code api/Refusals}), the export and feed endpoints as an HTTP status, the CLI on standard error.
 */
public abstract sealed class Refusal extends RuntimeException permits InvalidInput, NotFound {

    protected Refusal(String message) {
        super(message);
    }
}
