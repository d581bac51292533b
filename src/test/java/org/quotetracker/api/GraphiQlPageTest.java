package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Http;
import org.quotetracker.support.ReadmeExamples;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /graphiql comes whole from this server, preloaded with the README's example queries. */
@ApiTest
class GraphiQlPageTest {

    private static final Pattern SCRIPT_OR_STYLESHEET = Pattern.compile("<(?:script|link)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)(?:src=|href=|url\\(|@import|import\\(|fetch\\()\\s*[\"']?(?:https?:)?//");

    @Autowired
    Http http;

    @Test
    void everyScriptAndStylesheetOfThePageIsServedByThisServer() {
        HttpResponse<String> page = http.page("/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);

        List<String> resources = matches(SCRIPT_OR_STYLESHEET, page.body());

        assertThat(resources).hasSize(5).allSatisfy(path -> {
            assertThat(path).startsWith("/").doesNotStartWith("//");
            assertThat(http.page(path).statusCode()).as(path).isEqualTo(200);
        });
    }

    @Test
    void nothingThePageLoadsReachesForAnotherHost() {
        String page = http.page("/graphiql").body();
        List<String> texts = new ArrayList<>(List.of(page));
        matches(SCRIPT_OR_STYLESHEET, page).forEach(path -> texts.add(http.page(path).body()));
        texts.add(http.page("/graphiql/examples.json").body());

        assertThat(texts).noneMatch(text -> ABSOLUTE_URL.matcher(text).find());
    }

    @Test
    void theTabsAreTheReadmesExampleQueries() throws IOException {
        JsonNode examples = JsonMapper.shared().readTree(http.page("/graphiql/examples.json").body());
        List<String> tabs = new ArrayList<>();
        examples.forEach(example -> tabs.add(example.get("query").asString()));

        assertThat(tabs).isEqualTo(ReadmeExamples.queries());
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
