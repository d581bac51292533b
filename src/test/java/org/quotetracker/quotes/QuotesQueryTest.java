package org.quotetracker.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The {@code quotes} query and its filters, over the gold standard's 58 quotes. */
@ApiTest
class QuotesQueryTest {

    private static final String QUOTES = """
            query($filter: QuoteFilter, $orderBy: QuoteOrder, $first: Int) {
              quotes(filter: $filter, orderBy: $orderBy, first: $first) {
                totalCount
                nodes { text saidOn role speaker { name } article { headline outlet } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response quotes(Map<String, Object> filter) {
        return graphQl.document(QUOTES).variable("filter", filter).variable("first", 100).execute();
    }

    @Test
    void speakerFilterMatchesSurnameCaseInsensitively() {
        GraphQlTester.Response response = quotes(Map.of("speaker", "peskov"));

        response.path("quotes.totalCount").entity(Integer.class).isEqualTo(5);
        response.path("quotes.nodes[*].speaker.name").entityList(String.class).hasSize(5)
                .satisfies(names -> assertThat(names).containsOnly("Dmitry Peskov"));
    }

    @Test
    void peskovQuoteCarriesRoleDateAndArticle() {
        GraphQlTester.Response response = graphQl.document("""
                { quotes(filter: {speaker: "Peskov", text: "impossible"}) {
                    nodes { text saidOn role speaker { name } article { headline } } } }""").execute();

        response.path("quotes.nodes[0].text").entity(String.class).isEqualTo("This is impossible,");
        response.path("quotes.nodes[0].saidOn").entity(String.class).isEqualTo("2025-02-12");
        response.path("quotes.nodes[0].role").entity(String.class).isEqualTo("Kremlin spokesman");
        response.path("quotes.nodes[0].speaker.name").entity(String.class).isEqualTo("Dmitry Peskov");
        response.path("quotes.nodes[0].article.headline").entity(String.class)
                .isEqualTo("Russia rejects swapping occupied territory with Ukraine");
    }

    @Test
    void speakersPageLinksEachQuoteToTheSameSpeakerAndArticleAsItsPersonsQuotes() {
        // The speaker filter reads the page's speakers and articles with it; a person's quotes load them in batches.
        String links = "nodes { id speaker { id name kind quoteCount } article { id headline outlet publishedOn url } }";
        Object bySpeaker = graphQl.document("{ quotes(filter: {speaker: \"Peskov\"}, first: 100) { " + links + " } }")
                .execute().path("quotes.nodes").entity(Object.class).get();
        String id = graphQl.document("{ people(search: \"Peskov\", first: 1) { nodes { id } } }").execute()
                .path("people.nodes[0].id").entity(String.class).get();

        graphQl.document("query($id: ID!) { person(id: $id) { quotes(first: 100) { " + links + " } } }").variable("id", id)
                .execute().path("person.quotes.nodes").entity(Object.class).isEqualTo(bySpeaker);
    }

    @Test
    void speakerFilterWithDateRangeFindsStoltenbergIn2023() {
        quotes(Map.of("speaker", "Stoltenberg", "from", "2023-01-01", "to", "2023-12-31"))
                .path("quotes.totalCount").entity(Integer.class).isEqualTo(9);
    }

    @Test
    void dateRangeIsInclusiveAndLeavesOutUndatedQuotes() {
        // Article 001: quotes said on 2024-05-27, -28, -29 and twice on -30.
        quotes(Map.of("from", "2024-05-27", "to", "2024-05-31"))
                .path("quotes.nodes[*].saidOn").entityList(String.class)
                .containsExactly("2024-05-30", "2024-05-30", "2024-05-29", "2024-05-28", "2024-05-27");
    }

    @Test
    void aSpeakerFilterMatchingSeveralPeopleCountsTheQuotesOfThemAll() {
        GraphQlTester.Response response = quotes(Map.of("speaker", "e"));

        int returned = response.path("quotes.nodes").entityList(Object.class).get().size();
        assertThat(returned).isBetween(2, 57);
        response.path("quotes.totalCount").entity(Integer.class).isEqualTo(returned);
    }

    @Test
    void textFilterRequiresEveryWordInAnyOrderIgnoringCase() {
        quotes(Map.of("text", "STOP bloodshed"))
                .path("quotes.nodes[*].speaker.name").entityList(String.class).containsExactly("Pete Hegseth");
    }

    @Test
    void textFilterWordsMatchTheBeginningOfWords() {
        quotes(Map.of("text", "bloodsh")).path("quotes.nodes[*].speaker.name").entityList(String.class).contains("Pete Hegseth");
        quotes(Map.of("text", "loodshed")).path("quotes.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void textFilterTreatsWildcardsLiterally() {
        quotes(Map.of("text", "%")).path("quotes.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void outletFilterMatchesTheWholeNameIgnoringCase() {
        quotes(Map.of("outlet", "global news")).path("quotes.totalCount").entity(Integer.class).isEqualTo(14);
        quotes(Map.of("outlet", "global")).path("quotes.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void roleFilterMatchesPartOfTheTitle() {
        quotes(Map.of("role", "spokesman"))
                .path("quotes.nodes[*].speaker.name").entityList(String.class).hasSize(5)
                .satisfies(names -> assertThat(names).containsOnly("Dmitry Peskov"));
    }

    @Test
    void quotesAreNewestFirstByDefaultWithUndatedOnesLast() {
        List<String> dates = graphQl.document("{ quotes(first: 100) { nodes { saidOn } } }").execute()
                .path("quotes.nodes[*].saidOn").entityList(String.class).get();

        assertThat(dates).hasSize(58);
        assertThat(dates.subList(0, 44)).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotContainNull();
        assertThat(dates.subList(44, 58)).containsOnlyNulls();
    }

    @Test
    void oldestFirstOrderStartsWithTheEarliestQuote() {
        graphQl.document(QUOTES).variable("orderBy", "OLDEST_FIRST").variable("first", 1).execute()
                .path("quotes.nodes[0].saidOn").entity(String.class).isEqualTo("2023-06-13");
    }

    @Test
    void quoteIsFoundByIdWithEveryField() {
        String id = graphQl.document("{ quotes(filter: {text: \"This is impossible\"}) { nodes { id } } }").execute()
                .path("quotes.nodes[0].id").entity(String.class).get();

        GraphQlTester.Response response = graphQl.document("""
                query($id: ID!) { quote(id: $id) {
                    id text saidOn datePrecision role partial cue method confidence context start end
                    speaker { name kind } article { outlet } } }""").variable("id", id).execute();

        response.path("quote.datePrecision").entity(String.class).isEqualTo("DAY");
        response.path("quote.start").entity(Integer.class).isEqualTo(851);
        response.path("quote.end").entity(Integer.class).isEqualTo(870);
        response.path("quote.context").entity(String.class).isEqualTo("\"This is impossible,\"");
        response.path("quote.speaker.kind").entity(String.class).isEqualTo("PERSON");
        response.path("quote.article.outlet").entity(String.class).isEqualTo("Military Space News");
    }
}
