package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.quotetracker.text.Sha256;

/** The persisted queries kept are bounded: beyond the configured number, the least recently used is forgotten. */
class PersistedQueriesBoundTest {

    private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { a: String b: String c: String }"),
                    RuntimeWiring.newRuntimeWiring().build()))
            .preparsedDocumentProvider(new PersistedQueries(new ParsedQueryCache(), new HttpQueryProperties(Duration.ofSeconds(60), 2)))
            .build();

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedHashIsForgotten() {
        register("{ a }");
        register("{ b }");
        assertThat(byHash("{ a }").getErrors()).isEmpty();
        register("{ c }");

        assertThat(byHash("{ a }").getErrors()).isEmpty();
        assertThat(byHash("{ c }").getErrors()).isEmpty();
        assertThat(byHash("{ b }").getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).isEqualTo("PersistedQueryNotFound"));
    }

    private void register(String query) {
        assertThat(graphQl.execute(input(query, query)).getErrors()).isEmpty();
    }

    private ExecutionResult byHash(String query) {
        return graphQl.execute(input(PersistedQuerySupport.PERSISTED_QUERY_MARKER, query));
    }

    private static ExecutionInput input(String text, String hashed) {
        return ExecutionInput.newExecutionInput(text)
                .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", Sha256.hex(hashed))))
                .build();
    }
}
