package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Http;
import org.springframework.beans.factory.annotation.Autowired;

/** Queries by GET can be served again by a browser or CDN cache: Cache-Control, an ETag of the body, 304. */
@ApiTest
class HttpCachingTest {

    static final Map<String, String> COUNT = Map.of("query", "{ articles { totalCount } }");

    @Autowired
    Http http;

    @Test
    void aGetQueryMayBeCachedPubliclyForAMinute() {
        HttpResponse<String> response = http.get(COUNT);

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(response.headers().allValues("Vary")).contains("Accept");
    }

    @Test
    void aGetQueryHasAnETagThatFollowsItsBody() {
        String count = http.get(COUNT).headers().firstValue("ETag").orElseThrow();
        String countAgain = http.get(COUNT).headers().firstValue("ETag").orElseThrow();
        String outlets = http.get(Map.of("query", "{ outlets }")).headers().firstValue("ETag").orElseThrow();

        assertThat(count).matches("\"[0-9a-f]{33}\"").isEqualTo(countAgain).isNotEqualTo(outlets);
    }

    @Test
    void aMatchingIfNoneMatchIsAnsweredNotModifiedWithoutABody() {
        String etag = http.get(COUNT).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = http.get(COUNT, "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anotherETagInIfNoneMatchGetsTheWholeAnswer() {
        HttpResponse<String> response = http.get(COUNT, "If-None-Match", "\"0123\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"totalCount\":5");
    }

    @Test
    void anAnswerWithErrorsIsNotStoredByAnyCache() {
        HttpResponse<String> response = http.get(Map.of("query", "{ quotes { nope } }"));

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aPostIsNotCached() {
        HttpResponse<String> response = http.post("{\"query\": \"{ articles { totalCount } }\"}");

        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
}
