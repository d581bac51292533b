package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.SchemaReportCapture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

@ApiTest
class SchemaTest {

    @Autowired
    SchemaReportCapture capture;

    @Test
    void schemaInspectionFindsNothingUnmapped() {
        SchemaReport report = capture.report();

        assertThat(report).isNotNull();
        assertThat(report.unmappedFields()).isEmpty();
        assertThat(report.unmappedRegistrations()).isEmpty();
        assertThat(report.unmappedArguments()).isEmpty();
        assertThat(report.fieldNullnessErrors()).isEmpty();
        assertThat(report.argumentNullnessErrors()).isEmpty();
        assertThat(report.skippedTypes()).isEmpty();
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        GraphQLSchema schema = capture.report().schema();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || isBuiltInScalar(type)) {
                continue;
            }
            check(undescribed, type.getName(), type.getDescription());
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    String where = type.getName() + "." + field.getName();
                    check(undescribed, where, field.getDescription());
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(undescribed, where + "(" + argument.getName() + ")", argument.getDescription());
                    }
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
                }
            } else if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    check(undescribed, type.getName() + "." + value.getName(), value.getDescription());
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theAttributionMethodEnumIsTheExtractorsWithItsExplanationsAsDescriptions() {
        GraphQLEnumType type = (GraphQLEnumType) capture.report().schema().getType("AttributionMethod");
        Map<String, String> described = new LinkedHashMap<>();
        type.getValues().forEach(value -> described.put(value.getName(), value.getDescription()));
        Map<String, String> explained = new LinkedHashMap<>();
        for (AttributionMethod method : AttributionMethod.values()) {
            explained.put(method.name(), method.explanation());
        }
        assertThat(described).containsExactlyEntriesOf(explained);
    }

    private static boolean isBuiltInScalar(GraphQLNamedType type) {
        return type instanceof GraphQLScalarType && List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName());
    }

    private static void check(List<String> undescribed, String where, String description) {
        if (description == null || description.isBlank()) {
            undescribed.add(where);
        }
    }
}
