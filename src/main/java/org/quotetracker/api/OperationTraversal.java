package org.quotetracker.api;

import graphql.analysis.QueryTraverser;
import graphql.execution.ExecutionContext;

/** The fields of the operation being executed, with their coerced arguments: what the request checks walk. */
final class OperationTraversal {

    private OperationTraversal() {
    }

    static QueryTraverser of(ExecutionContext context) {
        return QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build();
    }
}
