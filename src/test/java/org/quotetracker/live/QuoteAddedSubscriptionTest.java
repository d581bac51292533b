package org.quotetracker.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@LiveTest
class QuoteAddedSubscriptionTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQlTester;

    @Autowired
    LiveQuotes live;

    @Autowired
    void graphQlTester(HttpGraphQlTester tester) {
        // Storing waits for nothing live, but a busy machine can take longer than the tester's five seconds.
        graphQlTester = tester.mutate().webTestClient(client -> client.responseTimeout(Duration.ofMinutes(1))).build();
    }

    @Test
    void aQuoteIngestedByIngestArticleArrivesWithItsSpeakerAndArticle() throws Exception {
        try (Subscriber subscriber = Subscriber.to(port, Map.of("speaker", "Lena Brandt"), live)) {
            String articleId = Writes.ingest(graphQlTester, SampleArticles.quoting("tram", "Lena Brandt", "Per Olsen"));

            Map<String, Object> quote = subscriber.next();

            assertThat(quote).containsEntry("text", "The tram line will carry thousands of people a week across the harbour,")
                    .containsEntry("role", "Mayor")
                    .containsEntry("speaker", Map.of("name", "Lena Brandt"))
                    .containsEntry("article", Map.of("id", articleId, "headline", "Council approves the tram ferry line"));
        }
    }

    @Test
    void aFilterLeavesOutAnotherSpeakersQuotes() throws Exception {
        try (Subscriber subscriber = Subscriber.to(port, Map.of("speaker", "Olga Berg"), live)) {
            // Each article quotes a mayor first, then the minister the filter asks for.
            Writes.ingest(graphQlTester, SampleArticles.quoting("bridge", "Nils Dahl", "Olga Berg"));
            Writes.ingest(graphQlTester, SampleArticles.quoting("tunnel", "Nils Dahl", "Olga Berg"));

            List<Object> speakers = List.of(subscriber.next().get("speaker"), subscriber.next().get("speaker"));

            assertThat(speakers).containsOnly(Map.of("name", "Olga Berg"));
        }
    }

    @Test
    void theTextFilterMeansWhatItMeansInQuotes() throws Exception {
        try (Subscriber subscriber = Subscriber.to(port, Map.of("text", "waited CANAL"), live)) {
            Writes.ingest(graphQlTester, SampleArticles.quoting("harbour bus", "Ida Moe", "Jon Lie"));
            Writes.ingest(graphQlTester, SampleArticles.quoting("canal", "Ida Moe", "Jon Lie"));

            assertThat(subscriber.next().get("text")).isEqualTo("We have waited for the canal ferry for years,");
        }
    }

    @Test
    void theSameTextIngestedAgainAddsNoQuote() throws Exception {
        String page = SampleArticles.quoting("repeated ferry", "Siri Vik", "Tor Aas");
        Writes.ingest(graphQlTester, page);
        try (Subscriber subscriber = Subscriber.to(port, Map.of("speaker", "Siri Vik"), live)) {
            Writes.ingest(graphQlTester, page);
            Writes.ingest(graphQlTester, SampleArticles.quoting("new ferry", "Siri Vik", "Tor Aas"));

            assertThat(subscriber.next().get("text")).isEqualTo("The new ferry line will carry thousands of people a week across the harbour,");
        }
    }
}
