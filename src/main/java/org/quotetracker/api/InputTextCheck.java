package org.quotetracker.api;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Checks every string argument of a GraphQL request by {@link InputText#check} once, before anything is fetched:
 * arguments written in the query and those passed as variables alike, down into input objects and lists. A bad one
 * refuses the whole request with BAD_REQUEST naming it, e.g. {@code quotes(filter.outlet) contains a NUL character (U+0000)}.
 */
@Component
class InputTextCheck extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationTraversal.of(context).visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        field.getArguments().forEach((name, value) ->
                                check(field.getField().getName() + "(" + name + ")", value));
                    }
                });
        return super.beginExecuteOperation(parameters, state);
    }

    private static void check(String path, Object value) {
        if (value instanceof String text) {
            String refusal = InputText.refusal(path, text);
            if (refusal != null) {
                GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(refusal).build();
                throw new AbortExecutionException(List.of(error));
            }
        } else if (value instanceof Map<?, ?> object) {
            object.forEach((key, inner) -> check(path.substring(0, path.length() - 1) + "." + key + ")", inner));
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> check(path, inner));
        }
    }
}
