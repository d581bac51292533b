package org.quotetracker.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words a refused write so that a front-end can tell its cases apart: FORBIDDEN when the server takes no writes at
 * all (nothing the caller sends can help; the operator must configure keys), UNAUTHORIZED when the request lacks a key
 * or its key is not one of those configured. Runs before Spring's own security resolver, which would say less.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteAccessErrors extends DataFetcherExceptionResolverAdapter {

    private final ApiKeys keys;

    WriteAccessErrors(ApiKeys keys) {
        this.keys = keys;
        // The security context of the HTTP request tells a missing key from a wrong one.
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof AccessDeniedException)) {
            return null;
        }
        if (!keys.writesEnabled()) {
            return error(env, ErrorType.FORBIDDEN, "Writes are disabled on this server. To enable them, start it with "
                    + "--quotes.api-keys=KEY (several keys comma-separated) and send one of the keys in the "
                    + ApiKeyFilter.HEADER + " header.");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication) {
            return error(env, ErrorType.UNAUTHORIZED, "The " + ApiKeyFilter.HEADER
                    + " header does not hold a key this server accepts; nothing was changed.");
        }
        return error(env, ErrorType.UNAUTHORIZED, "Changing data needs an API key: send it in the "
                + ApiKeyFilter.HEADER + " header. Nothing was changed.");
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
