package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code Person.quotes} on a page of people is read for all of them at once, not once per person. */
@ApiTest
class PersonQuotesStatementCountTest {

    private static final String PEOPLE_WITH_QUOTES = """
            query($first: Int, $filter: QuoteFilter) {
              people(first: $first) {
                nodes {
                  name
                  quotes(first: 3, filter: $filter) {
                    totalCount
                    nodes { text speaker { name } article { headline } }
                  }
                }
              }
            }""";

    private static final String ONE_PERSON = """
            query($id: ID!, $filter: QuoteFilter) {
              person(id: $id) {
                quotes(first: 3, filter: $filter) { totalCount nodes { text speaker { name } article { headline } } }
              }
            }""";

    private static final ParameterizedTypeReference<Map<String, Object>> PERSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void quotesOfTenPeopleCostNoMoreStatementsThanOfTwo() {
        // The people, their pages, and the speakers and articles of those pages; the totals are the counts kept at ingest.
        assertThat(statementsFor(10, null)).isEqualTo(3).isEqualTo(statementsFor(2, null));
    }

    @Test
    void filteredQuotesOfTenPeopleWithTheirTotalsCostNoMoreStatementsThanOfTwo() {
        Map<String, Object> since2020 = Map.of("from", "2020-01-01");
        // A filter's totals are counted, for all the people in one statement.
        assertThat(statementsFor(10, since2020)).isEqualTo(4).isEqualTo(statementsFor(2, since2020));
    }

    @Test
    void eachPersonsQuotesReadWithOthersAreThoseReadForThatPersonAlone() {
        Map<String, Object> withText = Map.of("text", "the");
        for (Map<String, Object> filter : java.util.Arrays.asList(null, withText)) {
            List<Map<String, Object>> people = graphQl.document(PEOPLE_WITH_QUOTES.replace("name\n", "id name\n"))
                    .variable("first", 10).variable("filter", filter).execute()
                    .path("people.nodes").entityList(PERSON).get();
            assertThat(people).hasSize(10);
            for (Map<String, Object> person : people) {
                Map<String, Object> alone = graphQl.document(ONE_PERSON).variable("id", person.get("id"))
                        .variable("filter", filter).execute().path("person").entity(PERSON).get();
                assertThat(person.get("quotes")).as("quotes of %s", person.get("name")).isEqualTo(alone.get("quotes"));
            }
        }
    }

    private long statementsFor(int people, Map<String, Object> filter) {
        return statements.during(() -> graphQl.document(PEOPLE_WITH_QUOTES).variable("first", people)
                .variable("filter", filter).execute()
                .path("people.nodes").entityList(Object.class).hasSize(people));
    }
}
