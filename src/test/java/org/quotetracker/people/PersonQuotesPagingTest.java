package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code Person.quotes} on a page of people: its order, its cursors and an empty page, as one person's list has them. */
@ApiTest
@SuppressWarnings("unchecked")
class PersonQuotesPagingTest {

    private static final String PEOPLE = """
            query($first: Int, $after: String, $orderBy: QuoteOrder) {
              people(first: 50) {
                nodes {
                  id quoteCount
                  quotes(first: $first, after: $after, orderBy: $orderBy) {
                    nodes { id saidOn }
                    pageInfo { hasNextPage endCursor }
                  }
                }
              }
            }""";

    /** More quotes than anyone in the test data has, within the query cost limit for fifty people. */
    private static final int ALL = 20;

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void quotesWithoutADateComeLastForEveryPersonInEitherOrder() {
        for (String order : List.of("NEWEST_FIRST", "OLDEST_FIRST")) {
            Comparator<String> byDate = order.equals("NEWEST_FIRST") ? Comparator.reverseOrder() : Comparator.naturalOrder();
            int undatedAfterDated = 0;
            for (Map<String, Object> person : people(ALL, null, order)) {
                List<String> dates = quotesOf(person).stream().map(quote -> (String) quote.get("saidOn")).toList();
                List<String> dated = dates.stream().takeWhile(date -> date != null).toList();
                assertThat(dates.subList(dated.size(), dates.size())).as("%s of %s", order, person.get("id")).allMatch(Objects::isNull);
                assertThat(dated).as("%s of %s", order, person.get("id")).isSortedAccordingTo(byDate);
                if (!dated.isEmpty() && dated.size() < dates.size()) {
                    undatedAfterDated++;
                }
            }
            assertThat(undatedAfterDated).as("people with dated and undated quotes, %s", order).isPositive();
        }
    }

    @Test
    void walkingPagesAfterEachCursorVisitsEveryPersonsQuotesOnceInOrder() {
        for (String order : List.of("NEWEST_FIRST", "OLDEST_FIRST")) {
            for (Map<String, Object> person : people(ALL, null, order)) {
                List<Object> inOnePage = quotesOf(person).stream().map(quote -> quote.get("id")).toList();
                assertThat(inOnePage).hasSize((Integer) person.get("quoteCount"));
                List<Object> walked = new ArrayList<>();
                String after = null;
                boolean more = true;
                while (more) {
                    Map<String, Object> page = onePersonsPage(person.get("id"), 2, after, order);
                    walked.addAll(((List<Map<String, Object>>) page.get("nodes")).stream().map(quote -> quote.get("id")).toList());
                    Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
                    after = (String) info.get("endCursor");
                    more = (Boolean) info.get("hasNextPage");
                }
                assertThat(walked).as("%s of %s", order, person.get("id")).isEqualTo(inOnePage);
            }
        }
    }

    @Test
    void aCursorOnAPageOfPeopleContinuesItsPersonsListAndLeavesTheOthersInOrder() {
        List<Map<String, Object>> everyQuote = people(ALL, null, "NEWEST_FIRST");
        Map<String, Object> someone = everyQuote.stream().filter(person -> quotesOf(person).size() > 2).findFirst().orElseThrow();
        Map<String, Object> firstTwo = onePersonsPage(someone.get("id"), 2, null, "NEWEST_FIRST");
        String afterSecond = (String) ((Map<String, Object>) firstTwo.get("pageInfo")).get("endCursor");

        List<Map<String, Object>> continued = people(ALL, afterSecond, "NEWEST_FIRST");

        for (int i = 0; i < everyQuote.size(); i++) {
            List<Map<String, Object>> all = quotesOf(everyQuote.get(i));
            List<Map<String, Object>> rest = quotesOf(continued.get(i));
            if (continued.get(i).get("id").equals(someone.get("id"))) {
                assertThat(rest).isEqualTo(all.subList(2, all.size()));
            } else {
                // Beyond the same place in the same order: the end of this person's list.
                assertThat(rest).as("quotes of %s", continued.get(i).get("id")).isEqualTo(all.subList(all.size() - rest.size(), all.size()));
            }
        }
    }

    @Test
    void firstZeroGivesEveryPersonNoQuotesButTellsWhetherTheyHaveAny() {
        for (Map<String, Object> person : people(0, null, "NEWEST_FIRST")) {
            Map<String, Object> quotes = (Map<String, Object>) person.get("quotes");
            assertThat(quotesOf(person)).isEmpty();
            assertThat(((Map<String, Object>) quotes.get("pageInfo")).get("hasNextPage"))
                    .as("quotes of %s", person.get("id")).isEqualTo(((Integer) person.get("quoteCount")) > 0);
        }
    }

    @Test
    void aMalformedCursorOnAPageOfPeopleIsABadRequest() {
        graphQl.document(PEOPLE).variable("first", 2).variable("after", "not a cursor!").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("after is not a cursor of this list");
                }));
    }

    private List<Map<String, Object>> people(int first, String after, String order) {
        List<Map<String, Object>> people = graphQl.document(PEOPLE).variable("first", first).variable("after", after)
                .variable("orderBy", order).execute().path("people.nodes").entityList(OBJECT).get();
        assertThat(people).hasSizeGreaterThan(10);
        return people;
    }

    private Map<String, Object> onePersonsPage(Object id, int first, String after, String order) {
        GraphQlTester.Response response = graphQl.document("""
                        query($id: ID!, $first: Int, $after: String, $orderBy: QuoteOrder) {
                          person(id: $id) {
                            quotes(first: $first, after: $after, orderBy: $orderBy) {
                              nodes { id saidOn } pageInfo { hasNextPage endCursor }
                            }
                          }
                        }""")
                .variable("id", id).variable("first", first).variable("after", after).variable("orderBy", order).execute();
        return response.path("person.quotes").entity(OBJECT).get();
    }

    private static List<Map<String, Object>> quotesOf(Map<String, Object> person) {
        return (List<Map<String, Object>>) ((Map<String, Object>) person.get("quotes")).get("nodes");
    }
}
