package org.quotetracker.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** A GraphQL field that failed because the database was out of reach is SERVICE_UNAVAILABLE, not INTERNAL_ERROR. */
@Component
class DatabaseUnavailableResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!DatabaseUnavailable.causes(ex)) {
            return null;
        }
        // One line, no stack trace: the cause is outside this service, and an outage would otherwise flood the log.
        log.warn("{} failed, the database being unavailable: {}", env.getExecutionStepInfo().getPath(), rootMessage(ex));
        return GraphqlErrorBuilder.newError(env).errorType(DatabaseUnavailable.SERVICE_UNAVAILABLE)
                .message(DatabaseUnavailable.MESSAGE).build();
    }

    static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
