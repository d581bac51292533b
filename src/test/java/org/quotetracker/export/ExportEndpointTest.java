package org.quotetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export endpoints on the gold articles. */
@ApiTest
class ExportEndpointTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void csvAndJsonLinesCarryTheSameQuotesOfASpeaker() throws Exception {
        HttpResponse<String> csv = get("/export/quotes.csv?speaker=Peskov");
        HttpResponse<String> jsonl = get("/export/quotes.jsonl?speaker=Peskov");

        List<String> csvIds = csv.body().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
        List<String> jsonIds = jsonl.body().lines().map(line -> JsonMapper.builder().build().readTree(line).get("id").asString()).toList();

        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(jsonl.headers().firstValue("Content-Type")).hasValue("application/jsonl;charset=UTF-8");
        assertThat(csvIds).hasSizeGreaterThanOrEqualTo(3).isEqualTo(jsonIds);
        assertThat(csv.body()).contains("\"This is impossible,\"");
        assertThat(jsonl.body()).contains("\"text\":\"This is impossible,\"");
    }

    @Test
    void filtersCombineAsInTheGraphQlQuoteFilter() throws Exception {
        List<JsonNode> rows = get("/export/quotes.jsonl?speaker=Hegseth&text=must&from=2025-02-12&to=2025-02-12&outlet=military%20space%20news").body()
                .lines().map(line -> JsonMapper.builder().build().readTree(line)).toList();

        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("speaker").asString()).isEqualTo("Pete Hegseth");
            assertThat(row.get("text").asString()).containsIgnoringCase("must");
        });
    }

    @Test
    void everyCsvRowHasEveryColumn() throws Exception {
        String csv = get("/export/quotes.csv").body();

        assertThat(csv.split("\r\n")[0].split(",")).containsExactly(ExportRow.COLUMNS);
        assertThat(Arrays.stream(csv.split("\r\n")).skip(1)).hasSizeGreaterThanOrEqualTo(58);
    }

    @Test
    void dateThatIsNotOneIsABadRequestSaidPlainly() throws Exception {
        HttpResponse<String> response = get("/export/quotes.csv?from=yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("from: \"yesterday\" is not a valid value; dates are YYYY-MM-DD");
    }

    @Test
    void aNulCharacterInAParameterIsABadRequestSaidPlainly() throws Exception {
        HttpResponse<String> response = get("/export/quotes.csv?outlet=a%00b");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("outlet contains a NUL character (U+0000)");
    }

    @Test
    void aSpeakerOfPunctuationOnlyIsABadRequestRatherThanEveryQuote() throws Exception {
        HttpResponse<String> response = get("/export/quotes.jsonl?speaker=%25");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("\"%\" has no letter or digit to search names by");
    }

    @Test
    void aTextOfTooManyWordsIsABadRequestBeforeAnyRowIsSent() throws Exception {
        HttpResponse<String> response = get("/export/quotes.csv?text=" + "war+".repeat(300));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("The text to search for is 1200 characters long");
    }

    @Test
    void unknownFormatIsNotFound() throws Exception {
        HttpResponse<String> response = get("/export/quotes.xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("quotes.csv or quotes.jsonl");
    }
}
