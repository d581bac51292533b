package org.quotetracker.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Writing through the API as a holder of {@link WriteApiTest#KEY}, for tests that need stored data to change. */
public final class Writes {

    private Writes() {
    }

    /**
     * The same tester, waiting up to two minutes for an answer instead of five seconds: many writers at once on a busy
     * machine take longer, and how long is not what such tests are about.
     */
    public static HttpGraphQlTester patient(HttpGraphQlTester graphQlTester) {
        Duration timeout = Duration.ofMinutes(2);
        return graphQlTester.mutate().webTestClient(client -> client.responseTimeout(timeout)).responseTimeout(timeout).build();
    }

    public static HttpGraphQlTester withKey(HttpGraphQlTester graphQlTester) {
        return graphQlTester.mutate().header("X-API-Key", WriteApiTest.KEY).build();
    }

    /** Ingests a page and returns its article id. */
    public static String ingest(HttpGraphQlTester graphQlTester, String text) {
        return withKey(graphQlTester)
                .document("mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }")
                .variable("text", text)
                .execute()
                .path("ingestArticle.article.id").entity(String.class).get();
    }

    /** The quotes of an article in text order, each with its id, text, speaker's id and name, and role. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> quotesOf(HttpGraphQlTester graphQlTester, String articleId) {
        return graphQlTester.document("""
                        query ($id: ID!) { article(id: $id) { quotes { id text role speaker { id name } } } }""")
                .variable("id", articleId)
                .execute()
                .path("article.quotes").entityList(Map.class).get()
                .stream().map(quote -> (Map<String, Object>) quote).toList();
    }
}
