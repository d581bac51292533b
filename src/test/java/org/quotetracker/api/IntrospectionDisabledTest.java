package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** An operator who does not want the schema read switches introspection off; queries for data still work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:introspection-off;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=false",
        "spring.graphql.schema.introspection.enabled=false"})
@AutoConfigureHttpGraphQlTester
class IntrospectionDisabledTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void theIntrospectionQueryIsRefusedWhenIntrospectionIsSwitchedOff() {
        graphQlTester.documentName("introspection").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("Introspection has been disabled for this request")));
        graphQlTester.document("{ articles { totalCount } }").execute().path("articles.totalCount").entity(Integer.class).isEqualTo(0);
    }
}
