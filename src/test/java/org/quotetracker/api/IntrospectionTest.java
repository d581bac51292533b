package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Tools read the schema with the introspection query of graphql-js 16 ({@code getIntrospectionQuery()}, kept verbatim
 * in {@code graphql-test/introspection.graphql}); the query limits go on protecting the data beside it.
 */
@ApiTest
class IntrospectionTest {

    HttpGraphQlTester graphQlTester;

    /** The answer is the whole schema: on a machine busy with other builds it can take longer than the default 5 s. */
    @Autowired
    void patientTester(HttpGraphQlTester tester) {
        graphQlTester = tester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void graphqlJsIntrospectionQueryReturnsTheSchemaTypes() {
        graphQlTester.documentName("introspection").execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query")
                .path("__schema.types[*].name").entityList(String.class)
                .satisfies(names -> assertThat(names).contains("Quote", "Person", "Article", "QuoteConnection", "PageInfo"));
    }

    @Test
    void dataFieldsBesideIntrospectionStillCountTowardsTheDepthLimit() {
        String twelveLevels = "{ __schema { types { name } } quotes { nodes { speaker { quotes { nodes { speaker { quotes { nodes "
                + "{ speaker { quotes { nodes { text } } } } } } } } } } } }";

        graphQlTester.document(twelveLevels).execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The query nests 12 levels deep; at most 10 are allowed"));
    }

    @Test
    void anIntrospectionQueryAskingForTheSchemaTwiceIsRefused() {
        graphQlTester.document("{ a: __schema { types { name } } b: __schema { types { name } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("not asking for introspection in good faith")));
    }
}
