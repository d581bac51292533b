package org.quotetracker.api;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses queries that nest too deeply or would fetch too much, before anything is fetched. Both answer BAD_REQUEST
 * with the figures, so that the caller knows by how much to cut the query down.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class QueryLimits {

    @Bean
    QueryDepthLimit maxQueryDepth(Limits limits) {
        return new QueryDepthLimit(limits.maxQueryDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(Limits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxQueryComplexity(), new QueryCost()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refuse("The query would cost " + complexity + " (every field counts once per item its list "
                        + "returns, an article's text 50); at most " + maxComplexity + " is allowed. Ask for fewer fields or smaller pages (first).");
            }
        };
    }

    private static AbortExecutionException refuse(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
        return new AbortExecutionException(List.of(error));
    }
}
