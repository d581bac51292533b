package org.quotetracker.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.util.TraverserContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses a request, before anything is fetched, whose string arguments {@link InputText} refuses, whose data fields
 * nest too deeply, or which would fetch too much. Each answers BAD_REQUEST with the figures, so that the caller knows
 * by how much to cut the query down. The three checks share one walk over the operation: three walks (one each, as
 * graphql-java's own instrumentations make) were a measurable part of answering a speaker's page.
 * <ul>
 * <li><b>Input</b>: every string argument, written in the query or passed as a variable, down into input objects and
 * lists, e.g. {@code quotes(filter.outlet) contains a NUL character (U+0000)}.</li>
 * <li><b>Depth</b> ({@code quotes.limits.max-query-depth}), top-level fields at depth 1 as graphql-java counts them.
 * Introspection fields ({@code __schema}, {@code __type}) and everything under them are not counted: they read the
 * schema, not the database, and the standard introspection query every tool sends (GraphiQL's docs, code
 * generators) nests 13 levels to unwrap list and non-null types. graphql-java's good-faith introspection check bounds
 * them instead, refusing a query that repeats {@code __schema} or cycles through {@code __Type.fields}.</li>
 * <li><b>Cost</b> ({@code quotes.limits.max-query-complexity}): {@link QueryCost} per field, its children's cost
 * added as graphql-java's {@code QueryComplexityCalculator} adds it.</li>
 * </ul>
 * When a request fails several, the first in that order is reported.
 */
@Component
@EnableConfigurationProperties(Limits.class)
class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxCost;
    private final FieldComplexityCalculator cost = new QueryCost();

    QueryLimits(Limits limits) {
        this.maxDepth = limits.maxQueryDepth();
        this.maxCost = limits.maxQueryComplexity();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        Walk walk = new Walk();
        OperationTraversal.of(parameters.getExecutionContext()).visitDepthFirst(walk);
        if (walk.refusedInput != null) {
            throw refuse(walk.refusedInput);
        }
        if (walk.deepest > maxDepth) {
            throw refuse("The query nests " + walk.deepest + " levels deep; at most " + maxDepth + " are allowed. "
                    + "Ask for fewer nested fields, or follow links in a second query.");
        }
        if (walk.total > maxCost) {
            throw refuse("The query would cost " + walk.total + " (every field counts once per item its list "
                    + "returns, an article's text 50); at most " + maxCost + " is allowed. Ask for fewer fields or smaller pages (first).");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static AbortExecutionException refuse(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
        return new AbortExecutionException(List.of(error));
    }

    /**
     * A field being walked: entered before the fields under it, left after them. Fields under a fragment are walked
     * inside their enclosing field, so the innermost open field is always the parent.
     */
    private static final class Open {
        final FieldComplexityEnvironment costEnvironment;
        final int depth;
        final boolean introspection;
        long childCost;

        Open(FieldComplexityEnvironment costEnvironment, int depth, boolean introspection) {
            this.costEnvironment = costEnvironment;
            this.depth = depth;
            this.introspection = introspection;
        }
    }

    private final class Walk extends QueryVisitorStub {
        private final Deque<Open> open = new ArrayDeque<>();
        String refusedInput;
        int deepest;
        long total;

        @Override
        public void visitField(QueryVisitorFieldEnvironment field) {
            if (field.getTraverserContext().getPhase() == TraverserContext.Phase.LEAVE) {
                leave(field);
            } else {
                enter(field);
            }
        }

        private void enter(QueryVisitorFieldEnvironment field) {
            Open parent = open.peek();
            String name = field.getField().getName();
            if (refusedInput == null) {
                field.getArguments().forEach((argument, value) -> check(name + "(" + argument + ")", value));
            }
            boolean introspection = name.startsWith("__") || parent != null && parent.introspection;
            int depth = parent == null ? 1 : parent.depth + 1;
            if (!introspection) {
                deepest = Math.max(deepest, depth);
            }
            // __typename has no fields container to describe it by, and costs nothing; nothing nests under it.
            FieldComplexityEnvironment costEnvironment = field.isTypeNameIntrospectionField() ? null
                    : new FieldComplexityEnvironment(field.getField(), field.getFieldDefinition(), field.getFieldsContainer(),
                    field.getArguments(), parent == null ? null : parent.costEnvironment);
            open.push(new Open(costEnvironment, depth, introspection));
        }

        private void leave(QueryVisitorFieldEnvironment field) {
            Open left = open.pop();
            int childCost = (int) Math.min(left.childCost, Integer.MAX_VALUE);
            int fieldCost = left.costEnvironment == null ? 0 : cost.calculate(left.costEnvironment, childCost);
            Open parent = open.peek();
            if (parent == null) {
                total += fieldCost;
            } else {
                parent.childCost += fieldCost;
            }
        }

        private void check(String path, Object value) {
            if (refusedInput != null) {
                return;
            }
            if (value instanceof String text) {
                refusedInput = InputText.refusal(path, text);
            } else if (value instanceof Map<?, ?> object) {
                object.forEach((key, inner) -> check(path.substring(0, path.length() - 1) + "." + key + ")", inner));
            } else if (value instanceof List<?> list) {
                list.forEach(inner -> check(path, inner));
            }
        }
    }
}
