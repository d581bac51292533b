package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.Errors;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

@WriteApiTest
class IngestArticleMutationTest {

    private static final String INGEST = """
            mutation ($input: IngestArticleInput!) {
              ingestArticle(input: $input) {
                created
                article { id headline outlet publishedOn url quotes { id } }
                quotes { text role speaker { name } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQlTester;

    @LocalServerPort
    int port;

    @Test
    void anArticleComesBackWithItsQuotes() {
        GraphQlTester.Response response = ingest(Map.of("text", SampleArticles.about("first ingest")));

        response.path("ingestArticle.created").entity(Boolean.class).isEqualTo(true);
        response.path("ingestArticle.article.headline").entity(String.class).isEqualTo("Council approves the first ingest ferry line");
        response.path("ingestArticle.quotes[*].speaker.name").entityList(String.class).containsExactly("Kari Nordmann", "Ola Hansen");
        response.path("ingestArticle.quotes[0].role").entity(String.class).isEqualTo("Mayor");
    }

    @Test
    void theSameTextTwiceStoresOneArticleAndSaysItWasNotCreated() {
        Map<String, Object> input = Map.of("text", SampleArticles.about("repeated"));
        String id = ingest(input).path("ingestArticle.article.id").entity(String.class).get();
        long articles = count("articles");
        long quotes = count("quotes");

        GraphQlTester.Response again = ingest(input);

        again.path("ingestArticle.created").entity(Boolean.class).isEqualTo(false);
        again.path("ingestArticle.article.id").entity(String.class).isEqualTo(id);
        again.path("ingestArticle.quotes").entityList(Object.class).hasSize(2);
        assertThat(count("articles")).isEqualTo(articles);
        assertThat(count("quotes")).isEqualTo(quotes);
    }

    @Test
    void detailsGivenOverrideWhatTheParserFinds() {
        GraphQlTester.Response response = ingest(Map.of(
                "text", SampleArticles.about("overridden"),
                "url", "https://example.org/ferry",
                "outlet", "Fjord Post",
                "publishedOn", "2024-03-05",
                "headline", "Ferry line approved"));

        response.path("ingestArticle.article.outlet").entity(String.class).isEqualTo("Fjord Post");
        response.path("ingestArticle.article.headline").entity(String.class).isEqualTo("Ferry line approved");
        response.path("ingestArticle.article.publishedOn").entity(String.class).isEqualTo("2024-03-05");
        response.path("ingestArticle.article.url").entity(String.class).isEqualTo("https://example.org/ferry");
    }

    @Test
    void emptyTextIsABadRequest() {
        ingest(Map.of("text", "  \n ")).errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST, "The article text is empty"));
    }

    @Test
    void textOfNoBreakSpacesOnlyIsEmpty() {
        ingest(Map.of("text", "\u00a0\u00a0\n\u202f\u2007\ufeff")).errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST, "The article text is empty"));
    }

    @Test
    void aNulCharacterInAnyDetailIsABadRequestAndNothingIsStored() {
        long articles = count("articles");

        for (String detail : List.of("url", "outlet", "headline")) {
            ingest(Map.of("text", SampleArticles.about("nul in " + detail), detail, "Fjord\u0000Post")).errors()
                    .satisfy(Errors.single(ErrorType.BAD_REQUEST, "ingestArticle(input." + detail + ") contains a NUL character"));
        }

        assertThat(count("articles")).isEqualTo(articles);
    }

    @Test
    void aLoneSurrogateInTheTextIsABadRequest() throws Exception {
        String text = SampleArticles.about("lone surrogate").replace("ferry line on Monday", "ferry line \\udc00on Monday");
        String body = "{\"query\": \"mutation ($t: String!) { ingestArticle(input: {text: $t}) { created } }\", "
                + "\"variables\": {\"t\": " + JsonMapper.builder().build().writeValueAsString(text).replace("\\\\udc00", "\\udc00") + "}}";

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .header("Content-Type", "application/json").header("X-API-Key", WriteApiTest.KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"")
                .contains("ingestArticle(input.text) contains a lone surrogate (U+DC00)");
    }

    @Test
    void detailsOfWhiteSpaceOnlyLeaveWhatTheParserFound() {
        GraphQlTester.Response response = ingest(Map.of("text", SampleArticles.about("blank details"),
                "outlet", "\u00a0", "headline", " \u202f ", "url", "\u2007"));

        response.path("ingestArticle.article.outlet").entity(String.class).isEqualTo("Harbour Times");
        response.path("ingestArticle.article.headline").entity(String.class).isEqualTo("Council approves the blank details ferry line");
        response.path("ingestArticle.article.url").valueIsNull();
    }

    @Test
    void binaryTextIsABadRequest() {
        ingest(Map.of("text", "PK\u0003\u0004\u0005\u0006binary\u0001\u0002")).errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST, "The article text looks binary"));
    }

    @Test
    void textOverOneMegabyteIsABadRequestSayingTheLimit() {
        ingest(Map.of("text", "word ".repeat(210_000))).errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST, "The article text is 1.0 MB; at most 1.0 MB is accepted"));
    }

    @Test
    void anInvalidPublicationDateIsABadRequest() {
        ingest(Map.of("text", SampleArticles.about("bad date"), "publishedOn", "2024-02-30")).errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST));
    }

    private GraphQlTester.Response ingest(Map<String, Object> input) {
        return Writes.withKey(graphQlTester).document(INGEST).variable("input", input).execute();
    }

    private long count(String list) {
        return graphQlTester.document("{ " + list + " { totalCount } }").execute()
                .path(list + ".totalCount").entity(Long.class).get();
    }
}
