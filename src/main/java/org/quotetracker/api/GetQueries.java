package org.quotetracker.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.language.OperationDefinition;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What sets a GraphQL request sent by GET apart. It may only read: a mutation or subscription is refused before it
 * runs (a link, a prefetch or a crawler must never change data), answered 405 with {@code Allow: POST}. Its answer
 * may be cached: without errors it gets {@code Cache-Control: public, max-age} ({@code quotes.http.cache-max-age}) and,
 * from Spring's ShallowEtagHeaderFilter, an ETag to revalidate with; with errors (a persisted query not yet known, a
 * typo) it gets {@code no-store}, so that no cache keeps a failure.
 */
@Component
class GetQueries extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    /** The request attribute {@link GraphQlGetAndPost} sets on GET requests. */
    static final String BY_GET = GetQueries.class.getName() + ".byGet";
    private static final String REFUSED = GetQueries.class.getName() + ".refused";

    private final CacheControl cacheable;

    GetQueries(HttpQueryProperties properties) {
        this.cacheable = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!Boolean.TRUE.equals(request.getAttributes().get(BY_GET))) {
            return chain.next(request);
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(BY_GET, true)).build());
        return chain.next(request).doOnNext(response -> {
            HttpHeaders headers = response.getResponseHeaders();
            // The answer depends on Accept: application/json or application/graphql-response+json.
            headers.setVary(List.of(HttpHeaders.ACCEPT));
            if (refused(response)) {
                headers.setAllow(Set.of(HttpMethod.POST));
            }
            boolean clean = response.isValid() && response.getErrors().isEmpty();
            headers.setCacheControl(clean ? cacheable : CacheControl.noStore());
        });
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        OperationDefinition.Operation operation = context.getOperationDefinition().getOperation();
        if (context.getGraphQLContext().getBoolean(BY_GET) && operation != OperationDefinition.Operation.QUERY) {
            context.getGraphQLContext().put(REFUSED, true);
            GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("A " + operation.name().toLowerCase() + " cannot be sent by GET, which only reads; "
                            + "send it by POST.")
                    .build();
            throw new AbortExecutionException(List.of(error));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** Whether the request was a mutation or subscription sent by GET, and so not run. */
    static boolean refused(WebGraphQlResponse response) {
        return response.getExecutionInput().getGraphQLContext().getBoolean(REFUSED);
    }
}
