package org.quotetracker.live;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.quotetracker.api.Refusals;
import org.quotetracker.errors.Refusal;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Ends a failed subscription with a classified error the client can act on, as {@code ApiErrorResolver} does for
 * queries; anything else stays Spring for GraphQL's INTERNAL_ERROR, without exception messages.
 */
@Component
class LiveErrorResolver extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception) {
        if (exception instanceof LiveError.LiveFailure failure) {
            return GraphqlErrorBuilder.newError().errorType(failure.type()).message(failure.getMessage()).build();
        }
        if (exception instanceof Refusal refusal) {
            return GraphqlErrorBuilder.newError().errorType(Refusals.errorType(refusal)).message(refusal.getMessage()).build();
        }
        return null;
    }
}
