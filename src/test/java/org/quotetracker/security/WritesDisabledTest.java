package org.quotetracker.security;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.quotetracker.support.SampleArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The read tests' server has no keys configured: it takes no writes, whatever a request sends. */
@ApiTest
class WritesDisabledTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void aMutationIsForbiddenWithAMessageSayingHowToEnableWrites() {
        graphQlTester.mutate().header("X-API-Key", "any-key").build()
                .document("mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }")
                .variable("text", SampleArticles.about("disabled"))
                .execute()
                .errors().satisfy(Errors.single(ErrorType.FORBIDDEN,
                        "Writes are disabled on this server. To enable them, start it with --quotes.api-keys=KEY"));
        graphQlTester.document("{ articles { totalCount } }").execute().path("articles.totalCount").entity(Integer.class).isEqualTo(5);
    }
}
