package org.quotetracker.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The application as shipped: the bundled seed articles go through the real extractor at start-up and come out of
 * the API. Assertions about particular quotes depend on the extraction engine, not only on this service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:seeded;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=true"})
@AutoConfigureHttpGraphQlTester
class SeedDataTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theFiveSeedArticlesAreStoredOnFirstStart() {
        graphQl.document("{ articles { totalCount } }").execute()
                .path("articles.totalCount").entity(Integer.class).isEqualTo(5);
    }

    @Test
    void everyPeskovQuoteIsServedWithRoleDateAndArticle() {
        GraphQlTester.Response response = graphQl.document("""
                { quotes(filter: {speaker: "Peskov"}) {
                    totalCount nodes { text saidOn role speaker { name } article { headline } } } }""").execute();

        response.path("quotes.nodes[?(@.text == 'This is impossible,')].speaker.name")
                .entityList(String.class).containsExactly("Dmitry Peskov");
        response.path("quotes.nodes[?(@.text == 'This is impossible,')].role")
                .entityList(String.class).containsExactly("Kremlin spokesman");
        response.path("quotes.nodes[?(@.text == 'This is impossible,')].saidOn")
                .entityList(String.class).containsExactly("2025-02-12");
        response.path("quotes.nodes[?(@.text == 'This is impossible,')].article.headline")
                .entityList(String.class).containsExactly("Russia rejects swapping occupied territory with Ukraine");
    }
}
