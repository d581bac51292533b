package org.quotetracker.api;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Classifies graphql-java's own request errors (a query that does not parse, an unknown field, an argument of the
 * wrong type such as an invalid date) as BAD_REQUEST like every other mistake of the caller, so that clients handle
 * one classification. The messages stay graphql-java's, which point at the mistake, less its class names.
 */
@Component
class RequestErrorClassification implements WebGraphQlInterceptor {

    private static final Set<ErrorClassification> CALLER_MISTAKES =
            Set.of(graphql.ErrorType.ValidationError, graphql.ErrorType.InvalidSyntax);

    /** graphql-java quotes a literal as its AST node, e.g. {@code StringValue{value='2024-02-30'}}: shown as written. */
    private static final Pattern LITERAL_NODE = Pattern.compile("\\b(?:String|Int|Float|Boolean|Enum)Value\\{(?:value|name)='?([^'}]*)'?}");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().noneMatch(RequestErrorClassification::isCallerMistake)) {
                return response;
            }
            return response.transform(builder -> builder.errors(errors.stream().map(RequestErrorClassification::reclassify).toList()));
        });
    }

    private static boolean isCallerMistake(GraphQLError error) {
        return CALLER_MISTAKES.contains(error.getErrorType());
    }

    private static GraphQLError reclassify(GraphQLError error) {
        if (!isCallerMistake(error)) {
            return error;
        }
        return GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(LITERAL_NODE.matcher(error.getMessage()).replaceAll("\"$1\""))
                .locations(error.getLocations())
                .path(error.getPath())
                .build();
    }
}
