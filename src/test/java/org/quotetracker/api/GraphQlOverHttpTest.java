package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Http;
import org.springframework.beans.factory.annotation.Autowired;

/** GraphQL over HTTP as its spec has it: queries by GET or POST, its media type, 400 for malformed parameters. */
@ApiTest
class GraphQlOverHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Autowired
    Http http;

    @Test
    void aQueryCanBeSentByGet() {
        HttpResponse<String> response = http.get(Map.of("query", "{ articles { totalCount } }"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"articles\":{\"totalCount\":5}}}");
    }

    @Test
    void getTakesVariablesAndOperationNameAsUrlParameters() {
        HttpResponse<String> response = http.get(Map.of(
                "query", "query Other { outlets } query Count($speaker: String) { quotes(filter: { speaker: $speaker }) { totalCount } }",
                "operationName", "Count",
                "variables", "{\"speaker\": \"no such speaker\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"quotes\":{\"totalCount\":0}}}");
    }

    @Test
    void aClientAcceptingGraphQlResponseJsonGetsThatMediaType() {
        HttpResponse<String> response = http.get(Map.of("query", "{ __typename }"), "Accept", GRAPHQL_RESPONSE);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void aMutationSentByGetIsMethodNotAllowed() {
        HttpResponse<String> response = http.get(Map.of("query", "mutation { deleteArticle(id: \"1\") }"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).contains("A mutation cannot be sent by GET, which only reads; send it by POST.")
                .doesNotContain("\"data\":{");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"query\": 0}",
            "{\"query\": false}",
            "{\"query\": [\"{ __typename }\"]}",
            "{\"query\": {\"obj\": \"ect\"}}",
            "{\"query\": \"{ __typename }\", \"operationName\": 0}",
            "{\"query\": \"{ __typename }\", \"operationName\": false}",
            "{\"query\": \"{ __typename }\", \"variables\": \"string\"}",
            "{\"query\": \"{ __typename }\", \"variables\": [1]}",
            "{\"query\": \"{ __typename }\", \"extensions\": 0}",
            "{\"query\": \"{ __typename }\", \"extensions\": false}",
            "{\"qeury\": \"{ __typename }\"}"})
    void aPostParameterOfTheWrongJsonTypeIsABadRequestNamingIt(String body) {
        HttpResponse<String> response = http.post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"").containsPattern("\"(query|operationName|variables|extensions)\"");
    }

    @Test
    void getVariablesThatAreNotAJsonObjectAreABadRequest() {
        HttpResponse<String> response = http.get(Map.of("query", "{ __typename }", "variables", "[1, 2]"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The parameter \\\"variables\\\" must be a JSON object or null, not an array.");
    }

    @Test
    void getVariablesThatAreNotJsonAreABadRequest() {
        HttpResponse<String> response = http.get(Map.of("query", "{ __typename }", "variables", "{speaker: Peskov}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The URL parameter \\\"variables\\\" must be a JSON object, URL-encoded");
    }

    @Test
    void aGetWithoutAQueryIsABadRequest() {
        HttpResponse<String> response = http.get(Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request has no query");
    }

    @Test
    void nullOptionalParametersAreAllowed() {
        HttpResponse<String> response = http.post("{\"query\": \"{ __typename }\", \"operationName\": null, \"variables\": null, \"extensions\": null}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
    }
}
