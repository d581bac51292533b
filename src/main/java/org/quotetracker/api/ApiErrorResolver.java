package org.quotetracker.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.quotetracker.errors.Refusal;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns domain {@link Refusal}s into GraphQL errors with their classification and message, and a query the database
 * cancelled for its time limit into a {@link QueryTimeout#CLASSIFICATION} error. Anything else is left to Spring for
 * GraphQL, which answers INTERNAL_ERROR without exposing exception messages or class names.
 */
@Component
class ApiErrorResolver extends DataFetcherExceptionResolverAdapter {

    private final Limits limits;

    ApiErrorResolver(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof Refusal refusal) {
            return GraphqlErrorBuilder.newError(env).errorType(Refusals.errorType(refusal)).message(refusal.getMessage()).build();
        }
        if (QueryTimeout.cancelled(ex)) {
            return GraphqlErrorBuilder.newError(env).errorType(QueryTimeout.CLASSIFICATION).message(QueryTimeout.message(limits)).build();
        }
        return null;
    }
}
