package org.quotetracker.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Relay cursor paging of {@code quotes}: pages, their edges and the errors for arguments out of bounds. */
@ApiTest
class QuotePaginationTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $orderBy: QuoteOrder, $filter: QuoteFilter) {
              quotes(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
                totalCount
                edges { cursor node { id saidOn } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response page(Integer first, String after) {
        return graphQl.document(PAGE).variable("first", first).variable("after", after).execute();
    }

    @Test
    void firstPageHasANextPageAndNoPreviousOne() {
        GraphQlTester.Response response = page(10, null);

        response.path("quotes.totalCount").entity(Integer.class).isEqualTo(58);
        response.path("quotes.edges").entityList(Object.class).hasSize(10);
        response.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        response.path("quotes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String firstCursor = response.path("quotes.edges[0].cursor").entity(String.class).get();
        response.path("quotes.pageInfo.startCursor").entity(String.class).isEqualTo(firstCursor);
    }

    @Test
    void walkingEveryPageVisitsEveryQuoteOnceInOrder() {
        List<String> ids = walk("NEWEST_FIRST");

        assertThat(ids).hasSize(58).doesNotHaveDuplicates();
        List<String> inOnePage = graphQl.document("{ quotes(first: 100) { nodes { id } } }").execute()
                .path("quotes.nodes[*].id").entityList(String.class).get();
        assertThat(ids).isEqualTo(inOnePage);
    }

    @Test
    void walkingOldestFirstVisitsTheSameQuotesDatedOnesInReverse() {
        List<String> oldestFirst = walk("OLDEST_FIRST");

        assertThat(oldestFirst).hasSize(58).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(walk("NEWEST_FIRST"));
    }

    @Test
    void walkingOneSpeakersPagesVisitsTheirQuotesOnceInEitherOrder() {
        Map<String, Object> speaker = graphQl.document("{ people(search: \"Peskov\", first: 1) { nodes { id name quoteCount } } }")
                .execute().path("people.nodes[0]").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        Map<String, Object> byName = Map.of("speaker", speaker.get("name"));

        for (String order : List.of("NEWEST_FIRST", "OLDEST_FIRST")) {
            List<String> inOnePage = graphQl.document("""
                            query($id: ID!, $orderBy: QuoteOrder) {
                              person(id: $id) { quotes(first: 100, orderBy: $orderBy) { nodes { id } } }
                            }""").variable("id", speaker.get("id")).variable("orderBy", order).execute()
                    .path("person.quotes.nodes[*].id").entityList(String.class).get();
            assertThat(inOnePage).hasSize((Integer) speaker.get("quoteCount")).hasSizeGreaterThan(2);
            assertThat(walk(order, byName, 2)).isEqualTo(inOnePage);
        }
    }

    @Test
    void lastPageHasNoNextPageAndEndsWithTheLastQuote() {
        String cursor = page(50, null).path("quotes.pageInfo.endCursor").entity(String.class).get();

        GraphQlTester.Response last = page(50, cursor);

        last.path("quotes.edges").entityList(Object.class).hasSize(8);
        last.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        last.path("quotes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void pageAfterTheLastQuoteIsEmpty() {
        String cursor = page(100, null).path("quotes.pageInfo.endCursor").entity(String.class).get();

        GraphQlTester.Response after = page(10, cursor);

        after.path("quotes.edges").entityList(Object.class).hasSize(0);
        after.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        after.path("quotes.pageInfo.endCursor").valueIsNull();
    }

    @Test
    void firstZeroReturnsNoQuotesButTellsWhetherThereAreAny() {
        GraphQlTester.Response response = page(0, null);

        response.path("quotes.edges").entityList(Object.class).hasSize(0);
        response.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void firstAboveOneHundredIsABadRequest() {
        page(101, null).errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "first must be between 0 and 100"));
    }

    @Test
    void negativeFirstIsABadRequest() {
        page(-1, null).errors().satisfy(Errors.single(ErrorType.BAD_REQUEST));
    }

    @Test
    void malformedCursorIsABadRequest() {
        page(10, "not a cursor!").errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "after is not a cursor of this list"));
    }

    @Test
    void cursorWithABadSortKeyIsABadRequest() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("quote|7|yesterday".getBytes());

        page(10, forged).errors().satisfy(Errors.single(ErrorType.BAD_REQUEST));
    }

    @Test
    void cursorOfAnotherListIsABadRequest() {
        String personCursor = graphQl.document("{ people(first: 1) { pageInfo { endCursor } } }").execute()
                .path("people.pageInfo.endCursor").entity(String.class).get();

        page(10, personCursor).errors().satisfy(Errors.single(ErrorType.BAD_REQUEST));
    }

    private List<String> walk(String order) {
        return walk(order, null, 7);
    }

    private List<String> walk(String order, Map<String, Object> filter, int pageSize) {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response response = graphQl.document(PAGE)
                    .variable("first", pageSize).variable("after", after).variable("orderBy", order).variable("filter", filter)
                    .execute();
            ids.addAll(response.path("quotes.edges[*].node.id").entityList(String.class).get());
            after = response.path("quotes.pageInfo.endCursor").entity(String.class).get();
            more = response.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).get();
        }
        return ids;
    }
}
