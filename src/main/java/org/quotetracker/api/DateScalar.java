package org.quotetracker.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The schema's {@code Date} scalar: a {@link LocalDate} written as ISO-8601 ({@code 2025-02-12}). */
@Configuration(proxyBeanMethods = false)
class DateScalar {

    @Bean
    RuntimeWiringConfigurer dateScalarWiring() {
        GraphQLScalarType date = GraphQLScalarType.newScalar()
                .name("Date")
                .description("A calendar day in ISO-8601 form, for example 2025-02-12.")
                .coercing(new IsoDateCoercing())
                .build();
        return wiring -> wiring.scalar(date);
    }

    private static final class IsoDateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Expected a LocalDate but got " + value.getClass().getSimpleName());
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(notADate(text));
                }
            }
            throw new CoercingParseValueException("A Date must be a string such as \"2025-02-12\"");
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                try {
                    return LocalDate.parse(text.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(notADate(text.getValue()));
                }
            }
            throw new CoercingParseLiteralException("A Date must be a string such as \"2025-02-12\"");
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private static String notADate(String text) {
            return "\"" + text + "\" is not a date of the form YYYY-MM-DD";
        }
    }
}
