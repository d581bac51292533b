package org.quotetracker.operations;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * GraphQL request timings by operation in {@code /actuator/prometheus}. Spring for GraphQL times every request
 * ({@code graphql.request}) but keeps the operation's name out of the metric's tags, since callers choose it; here it
 * is a tag, and the number of names kept is bounded so that a caller inventing names cannot grow the metrics without
 * end: requests under names beyond the first {@value #MAX_OPERATION_NAMES} are not timed by name.
 */
@Configuration(proxyBeanMethods = false)
class OperationsMetrics {

    static final String OPERATION_NAME = "graphql.operation.name";
    static final int MAX_OPERATION_NAMES = 200;

    @Bean
    ExecutionRequestObservationConvention operationNameAsTag() {
        return new DefaultExecutionRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
                return super.getLowCardinalityKeyValues(context).and(operationName(context));
            }

            /** The name the document gives its operation ({@code query SpeakerPage {...}}), or else the request's. */
            @Override
            protected KeyValue operationName(ExecutionRequestObservationContext context) {
                String named = context.getExecutionContext() == null ? null
                        : context.getExecutionContext().getOperationDefinition().getName();
                return named == null ? super.operationName(context) : KeyValue.of(OPERATION_NAME, named);
            }

            @Override
            public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
                return KeyValues.of(executionId(context));
            }
        };
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> boundedOperationNames() {
        return registry -> registry.config().meterFilter(MeterFilter.maximumAllowableTags(
                "graphql.request", OPERATION_NAME, MAX_OPERATION_NAMES, MeterFilter.deny()));
    }
}
