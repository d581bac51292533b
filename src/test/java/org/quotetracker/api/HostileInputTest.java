package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Input an attacker or a careless client sends is refused with BAD_REQUEST before it costs anything (issue 13). */
@ApiTest
class HostileInputTest {

    private static final String QUOTES = "query ($filter: QuoteFilter) { quotes(filter: $filter) { totalCount } }";

    /** Patient: on a busy machine a first answer (or extracting a long page) can take longer than the default 5 s. */
    private HttpGraphQlTester graphQlTester;

    @Autowired
    void patient(HttpGraphQlTester tester) {
        graphQlTester = tester.mutate().responseTimeout(Duration.ofSeconds(60))
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60))).build();
    }

    @LocalServerPort
    int port;

    private GraphQlTester.Response quotes(Map<String, Object> filter) {
        return graphQlTester.document(QUOTES).variable("filter", filter).execute();
    }

    @Test
    void aTextFilterOfAThousandWordsIsABadRequest() {
        quotes(Map.of("text", String.join(" ", Collections.nCopies(1000, "war"))))
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The text to search for is 3999 characters long; at most 1000"));
    }

    @Test
    void aTextFilterOfMoreThanTwentyWordsIsABadRequest() {
        quotes(Map.of("text", String.join(" ", Collections.nCopies(21, "war"))))
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The text to search for has 21 words; at most 20"));
    }

    @Test
    void aTextFilterWordOfMoreThanAHundredCharactersIsABadRequest() {
        quotes(Map.of("text", "x".repeat(101)))
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The text to search for has a word of 101 characters"));
    }

    @Test
    void aMegabyteWordInATimelineTextIsABadRequestToo() {
        graphQlTester.document("query ($text: String) { people(search: \"Peskov\") { nodes { timeline(text: $text) { count } } } }")
                .variable("text", "x".repeat(1024 * 1024)).execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The text to search for is 1048576 characters long"));
    }

    @Test
    void twentyWordsAreSearchedForTogether() {
        quotes(Map.of("text", String.join(" ", Collections.nCopies(10, "this impossible"))))
                .path("quotes.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
    }

    @Test
    void aNulCharacterInAFilterIsABadRequest() {
        quotes(Map.of("outlet", "a\u0000b"))
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "quotes(filter.outlet) contains a NUL character (U+0000)"));
    }

    @Test
    void aNulCharacterWrittenInTheQueryIsABadRequest() {
        graphQlTester.document("{ people(search: \"Pes\\u0000kov\") { totalCount } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "people(search) contains a NUL character"));
    }

    @Test
    void aLoneSurrogateInAVariableIsABadRequest() throws Exception {
        // Sent as JSON text: a JSON library will not write a lone surrogate, but a JSON text may escape one.
        String body = "{\"query\": \"" + QUOTES + "\", \"variables\": {\"filter\": {\"role\": \"spokes\\ud800man\"}}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"")
                .contains("quotes(filter.role) contains a lone surrogate (U+D800)");
    }

    @Test
    void aSpeakerOfPunctuationOnlyIsABadRequestRatherThanEveryone() {
        quotes(Map.of("speaker", "%"))
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "\"%\" has no letter or digit to search names by"));
    }

    @Test
    void aPeopleSearchOfPunctuationOnlyIsABadRequestRatherThanEveryone() {
        graphQlTester.document("{ people(search: \"_\") { totalCount } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "\"_\" has no letter or digit to search names by"));
    }

    @Test
    void aSpeakerFilterOfPunctuationOnlyWithOtherCriteriaIsABadRequestToo() {
        quotes(Map.of("speaker", "--", "from", "2020-01-01"))
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "\"--\" has no letter or digit"));
    }

    @Test
    void aFilterOfNoBreakSpacesOnlyIsNoCriterion() {
        int all = quotes(Map.of()).path("quotes.totalCount").entity(Integer.class).get();

        quotes(Map.of("speaker", "\u00a0\u00a0", "outlet", "\u202f")).path("quotes.totalCount").entity(Integer.class).isEqualTo(all);
    }
}
