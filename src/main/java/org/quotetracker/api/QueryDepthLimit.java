package org.quotetracker.api;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.util.TraversalControl;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a query whose data fields nest deeper than {@code quotes.limits.max-query-depth}, before anything is fetched.
 * Introspection fields ({@code __schema}, {@code __type}) and everything under them are not counted: they read the
 * schema, not the database, and the standard introspection query every tool sends (GraphiQL's docs, code generators)
 * nests 13 levels to unwrap list and non-null types. graphql-java's good-faith introspection check bounds them
 * instead, refusing a query that repeats {@code __schema} or cycles through {@code __Type.fields}.
 */
class QueryDepthLimit extends SimplePerformantInstrumentation {

    private final int maxDepth;

    QueryDepthLimit(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        int depth = dataDepth(parameters.getExecutionContext());
        if (depth > maxDepth) {
            GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("The query nests " + depth + " levels deep; at most " + maxDepth + " are allowed. "
                            + "Ask for fewer nested fields, or follow links in a second query.")
                    .build();
            throw new AbortExecutionException(List.of(error));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int dataDepth(ExecutionContext context) {
        int[] deepest = {0};
        OperationTraversal.of(context).visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment field) {
                        if (field.getField().getName().startsWith("__")) {
                            return TraversalControl.ABORT;
                        }
                        deepest[0] = Math.max(deepest[0], depthOf(field));
                        return TraversalControl.CONTINUE;
                    }
                });
        return deepest[0];
    }

    /** Top-level fields are at depth 1, as graphql-java's own depth instrumentation counts them. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }
}
