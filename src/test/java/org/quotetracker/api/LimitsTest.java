package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Requests too big, too deep, too costly or not JSON at all get a clean error, and the server goes on answering. */
@ApiTest
class LimitsTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void serverStillAnswers() {
        graphQlTester.document("{ articles { totalCount } }").execute().path("articles.totalCount").entity(Integer.class).isEqualTo(5);
    }

    @Test
    void aQueryNestedTwelveLevelsDeepIsABadRequest() {
        String twelveLevels = "{ quotes { nodes { speaker { quotes { nodes { speaker { quotes { nodes { speaker { quotes { nodes { text } } } } } } } } } } } }";

        graphQlTester.document(twelveLevels).execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The query nests 12 levels deep; at most 10 are allowed"));
    }

    @Test
    void aQueryThatWouldFetchTooMuchIsABadRequest() {
        String costly = "{ people(first: 100) { nodes { quotes(first: 100) { nodes { text role saidOn speaker { name } } } } } }";

        graphQlTester.document(costly).execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The query would cost"));
    }

    @Test
    void aPageOfMoreThanAHundredIsABadRequest() {
        graphQlTester.document("{ quotes(first: 101) { totalCount } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "first must be between 0 and 100"));
    }

    @Test
    void aTwentyMegabyteBodyIsRefusedWithAGraphQlError() throws Exception {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"")
                .contains("The request body is 20.0 MB; this server accepts at most 2.0 MB");
    }

    @Test
    void anOversizedBodyOfUnknownLengthIsRefusedToo() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The request body is over 2.0 MB");
    }

    @Test
    void aSmallBodyOfUnknownLengthIsServed() throws Exception {
        byte[] body = "{\"query\":\"{ articles { totalCount } }\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"totalCount\":5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"query\": \"{ articles { totalCount } }", "hello", "[1, 2]", "{}", "{\"variables\": {}}"})
    void aBodyThatIsNotAGraphQlRequestGetsACleanJsonError(String body) throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"")
                .doesNotContain("Exception").doesNotContain("org.").doesNotContain("tools.jackson");
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
