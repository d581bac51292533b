package org.quotetracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.Http;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

/** A GET only reads, whatever key it carries: a link or a prefetch must never change data. */
@WriteApiTest
class MutationByGetTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    Http http;

    @Test
    void aMutationByGetWithAValidKeyIsMethodNotAllowedAndStoresNothing() {
        String text = SampleArticles.about("get request");
        HttpResponse<String> response = http.get(Map.of(
                        "query", "mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }",
                        "variables", "{\"text\": " + JsonMapper.shared().writeValueAsString(text) + "}"),
                "X-API-Key", WriteApiTest.KEY);

        assertThat(response.statusCode()).isEqualTo(405);
        graphQlTester.document("{ articles(first: 100) { nodes { headline } } }").execute()
                .path("articles.nodes[*].headline").entityList(String.class)
                .satisfies(headlines -> assertThat(headlines).noneMatch(headline -> headline.contains("get request")));
    }
}
