package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotetracker.support.ReadmeExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every example query of the README answers, on the bundled seed articles, without errors and with something in every
 * list, as a new user trying them expects. An empty list is right only where the answer counts nothing there (a
 * period in which one of the contrasted people said nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:seeded;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=true"})
@AutoConfigureHttpGraphQlTester
class ReadmeExamplesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    static Stream<String> examples() throws IOException {
        return ReadmeExamples.queries().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExampleAnswersWithDataOnTheSeedArticles(String query) {
        GraphQlTester.Response response = graphQl.document(query).execute();

        response.errors().verify();
        Map<String, Object> data = response.path("$").entity(new ParameterizedTypeReference<Map<String, Object>>() {}).get();
        assertThat(emptyLists(data, "")).as("lists that came back empty").isEmpty();
    }

    private static List<String> emptyLists(Object value, String path) {
        List<String> empty = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                empty.addAll(emptyLists(list.get(i), path + "[" + i + "]"));
            }
        } else if (value instanceof Map<?, ?> object) {
            object.forEach((field, child) -> {
                boolean countsNothing = Integer.valueOf(0).equals(object.get("count"));
                if (child instanceof List<?> list && list.isEmpty() && !countsNothing) {
                    empty.add(path + "." + field);
                }
                empty.addAll(emptyLists(child, path + "." + field));
            });
        }
        return empty;
    }
}
