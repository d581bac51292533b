package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Http;
import org.quotetracker.text.Sha256;
import org.springframework.beans.factory.annotation.Autowired;

/** Automatic persisted queries as Apollo clients send them, by POST and by GET. */
@ApiTest
class PersistedQueriesTest {

    @Autowired
    Http http;

    @Test
    void anUnknownHashIsPersistedQueryNotFoundAsApolloClientsExpect() {
        HttpResponse<String> response = http.post(hashOnly(Sha256.hex("{ never sent }")));

        assertThat(response.body()).contains("\"message\":\"PersistedQueryNotFound\"")
                .contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"").doesNotContain("\"data\":{");
    }

    @Test
    void theHashWithItsQueryIsAnsweredAndThenTheHashAlone() {
        String query = "{ articles { totalCount } }";

        HttpResponse<String> registering = http.post(hashAndQuery(query, Sha256.hex(query)));
        HttpResponse<String> byHash = http.post(hashOnly(Sha256.hex(query)));

        assertThat(registering.body()).isEqualTo("{\"data\":{\"articles\":{\"totalCount\":5}}}");
        assertThat(byHash.body()).isEqualTo("{\"data\":{\"articles\":{\"totalCount\":5}}}");
    }

    @Test
    void aGetCarriesTheHashInItsExtensionsParameter() {
        String query = "{ outlets }";
        String extensions = "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + Sha256.hex(query) + "\"}}";

        HttpResponse<String> unknown = http.get(Map.of("extensions", extensions));
        http.get(Map.of("query", query, "extensions", extensions));
        HttpResponse<String> known = http.get(Map.of("extensions", extensions));

        assertThat(unknown.body()).contains("PersistedQueryNotFound");
        assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).startsWith("{\"data\":{\"outlets\":[");
        assertThat(known.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndNotKept() {
        String query = "{ articles { totalCount } }";
        String otherHash = Sha256.hex("{ quotes { totalCount } }");

        HttpResponse<String> mismatched = http.post(hashAndQuery(query, otherHash));
        HttpResponse<String> byHash = http.post(hashOnly(otherHash));

        assertThat(mismatched.body()).contains("\"code\":\"PERSISTED_QUERY_HASH_MISMATCH\"").doesNotContain("totalCount\":");
        assertThat(byHash.body()).contains("PersistedQueryNotFound");
    }

    @Test
    void aPersistedQueryOfAnotherVersionIsABadRequest() {
        HttpResponse<String> response = http.post("{\"extensions\": {\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \""
                + Sha256.hex("{ outlets }") + "\"}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("extensions.persistedQuery.version must be 1");
    }

    private static String hashOnly(String hash) {
        return "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}}";
    }

    private static String hashAndQuery(String query, String hash) {
        return "{\"query\": \"" + query + "\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}}";
    }
}
