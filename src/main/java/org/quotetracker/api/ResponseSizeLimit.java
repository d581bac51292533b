package org.quotetracker.api;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses an answer larger than {@code quotes.limits.max-response-size} before it is written. An answer is a tree
 * in memory in which the same text may hang many times (one article's text under each of its quotes), so 50 bytes of
 * query could make gigabytes of JSON out of little memory and one database row. Its size is counted as the JSON
 * would be, each text as often as it would be written, and the counting stops as soon as it passes the limit.
 */
@Component
class ResponseSizeLimit implements WebGraphQlInterceptor {

    /** What a number, a boolean, null or the punctuation around a value come to, roughly. */
    private static final int SMALL_VALUE = 8;

    private final long maxBytes;

    ResponseSizeLimit(Limits limits) {
        this.maxBytes = limits.maxResponseSize().toBytes();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            Object data = response.getExecutionResult().getData();
            if (!exceeds(data, maxBytes)) {
                return response;
            }
            GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("The answer would be over " + Sizes.describe(maxBytes) + ", the most this server sends "
                            + "(quotes.limits.max-response-size). Ask for fewer items or fields: an article's text "
                            + "repeated under each of its quotes adds up fast.")
                    .build();
            return response.transform(builder -> builder.data(null).errors(List.of(error)));
        });
    }

    /** Whether {@code data}, written as JSON, would take more than {@code limit} bytes; counts no further than that. */
    static boolean exceeds(Object data, long limit) {
        long size = 0;
        Deque<Object> pending = new ArrayDeque<>();
        if (data != null) {
            pending.push(data);
        }
        while (!pending.isEmpty() && size <= limit) {
            Object value = pending.pop();
            if (value instanceof CharSequence text) {
                // UTF-8 takes at least a byte a character; exact enough for a limit in megabytes.
                size += text.length() + 2;
            } else if (value instanceof Map<?, ?> object) {
                for (Map.Entry<?, ?> entry : object.entrySet()) {
                    size += String.valueOf(entry.getKey()).length() + 3;
                    if (entry.getValue() != null) {
                        pending.push(entry.getValue());
                    }
                }
                size += 2;
            } else if (value instanceof Collection<?> list) {
                for (Object item : list) {
                    size += 1;
                    if (item != null) {
                        pending.push(item);
                    }
                }
                size += 2;
            } else {
                size += SMALL_VALUE;
            }
        }
        return size > limit;
    }
}
