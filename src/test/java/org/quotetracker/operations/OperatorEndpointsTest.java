package org.quotetracker.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a load balancer, Kubernetes and Prometheus read from a running instance, without an API key. */
@WriteApiTest
class OperatorEndpointsTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQlTester;

    /** Patient, since Prometheus is read on a machine that may be busy. */
    @Autowired
    void graphQlTester(HttpGraphQlTester tester) {
        this.graphQlTester = tester.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void healthIsUpAndTellsAnonymousCallersNoMore() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
        assertThat(json(health).has("components")).isFalse();
    }

    @Test
    void healthChecksTheDatabaseAndShowsItToAWriteKey() throws Exception {
        JsonNode health = json(get("/actuator/health", "X-API-Key", WriteApiTest.KEY));

        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asString()).isNotBlank();
    }

    @Test
    void anUnknownKeySeesNoDetails() throws Exception {
        assertThat(json(get("/actuator/health", "X-API-Key", "not-a-key")).has("components")).isFalse();
    }

    @Test
    void livenessAndReadinessProbesAnswerUp() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness).get("status").asString()).isEqualTo("UP");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusTimesGraphQlRequestsByOperationName() throws Exception {
        graphQlTester.document("query OperatorsSpeakerPage { quotes(first: 1) { nodes { text } } }").execute();

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern(
                "graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"OperatorsSpeakerPage\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("graphql_request_seconds_bucket\\{[^}]*OperatorsSpeakerPage");
    }

    @Test
    void prometheusTimesHttpRequestsByEndpoint() throws Exception {
        get("/export/quotes.csv?speaker=Nobody");

        assertThat(get("/actuator/prometheus").body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/export/quotes[^\"]*\"");
    }

    @Test
    void prometheusShowsThePoolsUse() throws Exception {
        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).contains("hikaricp_connections_active{", "hikaricp_connections_max{",
                "hikaricp_connections_pending{", "hikaricp_connections_acquire_seconds_count{");
    }

    @Test
    void prometheusCountsArticlesAndQuotesStoredAndArticlesRejected() throws Exception {
        double stored = counter("quotetracker_ingest_articles_total{outcome=\"stored\"}");
        double rejected = counter("quotetracker_ingest_articles_total{outcome=\"rejected\"}");
        double quotes = counter("quotetracker_ingest_quotes_total");

        Writes.ingest(graphQlTester, SampleArticles.about("operators counting"));
        Writes.withKey(graphQlTester).document("mutation { ingestArticle(input: { text: \"   \" }) { created } }").execute();

        assertThat(counter("quotetracker_ingest_articles_total{outcome=\"stored\"}")).isEqualTo(stored + 1);
        assertThat(counter("quotetracker_ingest_articles_total{outcome=\"rejected\"}")).isEqualTo(rejected + 1);
        assertThat(counter("quotetracker_ingest_quotes_total")).isEqualTo(quotes + 2);
    }

    @Test
    void otherManagementEndpointsAreClosed() throws Exception {
        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics", "/actuator/shutdown", "/actuator/mappings"}) {
            assertThat(get(closed).statusCode()).as(closed).isEqualTo(404);
        }
    }

    private double counter(String series) throws Exception {
        return get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst().orElse(0);
    }
}
