package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.Errors;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** An answer over {@code quotes.limits.max-response-size} (16 MB) is refused, however small the query (issue 13). */
@WriteApiTest
class ResponseSizeTest {

    /** Patient: on a busy machine a first answer (or extracting a long page) can take longer than the default 5 s. */
    private HttpGraphQlTester graphQlTester;

    @Autowired
    void patient(HttpGraphQlTester tester) {
        graphQlTester = Writes.withKey(tester).mutate().responseTimeout(Duration.ofSeconds(60))
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60))).build();
    }

    /** A 160 KB page with 120 quotes: its text under each of its quotes comes to 19 MB. */
    private static String longArticleWithManyQuotes() {
        StringBuilder page = new StringBuilder("""
                Harbour Times
                CITY
                The council's longest meeting
                By Ann Reporter
                Oslo (AFP) March 3, 2024

                """);
        String filler = "The council went through the harbour budget line by line once more. ".repeat(18);
        for (int i = 1; i <= 120; i++) {
            page.append("\"Point number ").append(i).append(" is settled,\" said Mayor Kari Nordmann.\n\n")
                    .append(filler).append("\n\n");
        }
        return page.toString();
    }

    private String ingest(String text) {
        return graphQlTester.document("mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }")
                .variable("text", text).execute().path("ingestArticle.article.id").entity(String.class).get();
    }

    @Test
    void anArticlesTextUnderEachOfItsQuotesIsRefusedAsTooLarge() {
        String id = ingest(longArticleWithManyQuotes());

        graphQlTester.document("query ($id: ID!) { article(id: $id) { quotes { article { text } } } }").variable("id", id)
                .execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The answer would be over 16.0 MB"))
                .path("article").pathDoesNotExist();
    }

    @Test
    void theSameArticlesQuotesWithoutTheTextAreAnswered() {
        String id = ingest(longArticleWithManyQuotes());

        graphQlTester.document("query ($id: ID!) { article(id: $id) { text quotes { text } } }").variable("id", id)
                .execute()
                .path("article.quotes").entityList(Object.class).satisfies(quotes -> assertThat(quotes).hasSizeGreaterThan(100));
    }

    @Test
    void sizeIsCountedAsOftenAsAValueWouldBeWritten() {
        String text = "x".repeat(1000);
        List<Object> repeated = Collections.nCopies(100, Map.of("text", text));

        assertThat(ResponseSizeLimit.exceeds(repeated, 100_000)).isTrue();
        assertThat(ResponseSizeLimit.exceeds(repeated, 110_000)).isFalse();
    }
}
