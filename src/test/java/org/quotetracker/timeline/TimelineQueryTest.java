package org.quotetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.quotetracker.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code Person.timeline} and {@code contrast} on the gold articles. */
@ApiTest
class TimelineQueryTest {

    private static final String EVERY_TIMELINE = """
            query($first: Int) {
              people(first: $first) {
                nodes {
                  quotes(filter: {from: "1900-01-01", to: "2999-12-31"}) { totalCount }
                  timeline(granularity: WEEK) { start count quotes(first: 2) { saidOn } }
                }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SqlStatementCounter statements;

    private GraphQlTester.Response timelineOf(String person, String arguments) {
        return graphQl.document("query($s: String) { people(search: $s, first: 1) { nodes { timeline" + arguments
                + " { start count quotes(first: 3) { text saidOn } } } } }").variable("s", person).execute();
    }

    @Test
    void everyPersonsTimelineAddsUpToTheirDatedQuotes() {
        List<Map<String, Object>> people = graphQl.document(EVERY_TIMELINE).variable("first", 100).execute()
                .path("people.nodes").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();

        assertThat(people).hasSizeGreaterThan(10).allSatisfy(person -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> buckets = (List<Map<String, Object>>) person.get("timeline");
            @SuppressWarnings("unchecked")
            int total = (Integer) ((Map<String, Object>) person.get("quotes")).get("totalCount");
            assertThat(buckets.stream().mapToInt(bucket -> (Integer) bucket.get("count")).sum()).isEqualTo(total);
        });
    }

    @Test
    void yearTimelineHasOneBucketPerYearQuoted() {
        GraphQlTester.Response response = timelineOf("Stoltenberg", "(granularity: YEAR)");

        response.path("people.nodes[0].timeline[*].start").entityList(String.class).containsExactly("2023-01-01");
        response.path("people.nodes[0].timeline[0].count").entity(Integer.class).isEqualTo(9);
        response.path("people.nodes[0].timeline[0].quotes").entityList(Object.class).hasSize(3);
    }

    @Test
    void timelineCountsOnlyQuotesWithTheText() {
        timelineOf("Hegseth", "(text: \"must\")").path("people.nodes[0].timeline[0].count").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void timelineLeavesOutQuotesOutsideTheRange() {
        timelineOf("Stoltenberg", "(from: \"2024-01-01\")").path("people.nodes[0].timeline").entityList(Object.class).hasSize(0);
    }

    @Test
    void fromAfterToIsABadRequest() {
        timelineOf("Stoltenberg", "(from: \"2025-01-01\", to: \"2024-01-01\")")
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "from (2025-01-01) must not be after to (2024-01-01)"));
    }

    @Test
    void contrastSetsSpeakersSideBySidePeriodByPeriod() {
        GraphQlTester.Response response = graphQl.document("""
                { contrast(speakers: ["Stoltenberg", "Rutte"], granularity: YEAR) {
                    periods { start speakers { speaker { name } count quotes(first: 1) { saidOn } } } } }""").execute();

        response.path("contrast.periods[*].start").entityList(String.class).containsExactly("2023-01-01", "2025-01-01");
        response.path("contrast.periods[0].speakers[*].speaker.name").entityList(String.class)
                .containsExactly("Jens Stoltenberg", "Mark Rutte");
        response.path("contrast.periods[0].speakers[*].count").entityList(Integer.class).containsExactly(9, 0);
        response.path("contrast.periods[1].speakers[*].count").entityList(Integer.class).containsExactly(0, 2);
        response.path("contrast.periods[1].speakers[1].quotes[*].saidOn").entityList(String.class).containsExactly("2025-02-12");
        response.path("contrast.periods[1].speakers[0].quotes").entityList(Object.class).hasSize(0);
    }

    @Test
    void contrastOfSomeoneUnknownIsNotFound() {
        graphQl.document("{ contrast(speakers: [\"Stoltenberg\", \"Nobody Atall\"]) { periods { start } } }").execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND, "Nobody is known as \"Nobody Atall\""));
    }

    @Test
    void contrastOfNoSpeakersIsABadRequest() {
        graphQl.document("{ contrast(speakers: []) { periods { start } } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "speakers must name from 1 to 10 people"));
    }

    @Test
    void timelinesOfAPageOfPeopleWithTheirPeriodsQuotesCostThreeStatements() {
        // The page of people, one count per speaker and day for all of them, one read of all periods' newest quotes.
        assertThat(statementsFor(100)).isEqualTo(3);
        assertThat(statementsFor(3)).isEqualTo(3);
    }

    private long statementsFor(int first) {
        return statements.during(() -> graphQl
                .document("query($first: Int) { people(first: $first) { nodes { timeline { count quotes(first: 2) { text } } } } }")
                .variable("first", first).execute().path("people.nodes").entityList(Object.class).hasSizeGreaterThan(2));
    }
}
