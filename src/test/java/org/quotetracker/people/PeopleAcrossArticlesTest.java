package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** On the gold articles: one person per person however articles name them, with their roles over time. */
@ApiTest
class PeopleAcrossArticlesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response search(String text, String selection) {
        return graphQl.document("query($s: String) { people(search: $s) { totalCount nodes " + selection + " } }")
                .variable("s", text).execute();
    }

    @Test
    void stoltenbergIsOnePersonWithAllHisQuotesAndTitles() {
        GraphQlTester.Response response = search("Stoltenberg", "{ name quoteCount ambiguous roles { title } quotes { totalCount } }");

        response.path("people.totalCount").entity(Integer.class).isEqualTo(1);
        response.path("people.nodes[0].name").entity(String.class).isEqualTo("Jens Stoltenberg");
        response.path("people.nodes[0].quotes.totalCount").entity(Integer.class).isEqualTo(9);
        response.path("people.nodes[0].quoteCount").entity(Integer.class).isEqualTo(9);
        response.path("people.nodes[0].ambiguous").entity(Boolean.class).isEqualTo(false);
        response.path("people.nodes[0].roles[*].title").entityList(String.class)
                .containsExactly("NATO Secretary General", "alliance chief");
    }

    @Test
    void rolesTellWhenAndWhereEachTitleWasGiven() {
        GraphQlTester.Response response = search("Donald Trump", "{ roles { title firstSeen lastSeen articles { publishedOn } } }");

        response.path("people.nodes[0].roles[0].title").entity(String.class).isEqualTo("former U.S. President");
        response.path("people.nodes[0].roles[0].firstSeen").entity(String.class).isEqualTo("2024-09-19");
        response.path("people.nodes[0].roles[0].articles[*].publishedOn").entityList(String.class).containsExactly("2024-09-19");
        response.path("people.nodes[0].roles[1].title").entity(String.class).isEqualTo("US President");
        response.path("people.nodes[0].roles[1].lastSeen").entity(String.class).isEqualTo("2025-02-12");
    }

    @Test
    void searchForgivesTransliterationAndAccents() {
        search("Zelenskyy", "{ name }").path("people.nodes[*].name").entityList(String.class).containsExactly("Volodymyr Zelensky");
        search("zelenský", "{ name }").path("people.nodes[*].name").entityList(String.class).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void searchPutsTheMostQuotedFirst() {
        List<Integer> counts = search("e", "{ quoteCount }").path("people.nodes[*].quoteCount").entityList(Integer.class).get();

        assertThat(counts).hasSizeGreaterThan(3).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void searchPagesFollowTheirCursors() {
        GraphQlTester.Response first = graphQl.document("{ people(search: \"e\", first: 3) { nodes { name } pageInfo { endCursor } } }").execute();
        List<String> firstNames = first.path("people.nodes[*].name").entityList(String.class).get();
        String cursor = first.path("people.pageInfo.endCursor").entity(String.class).get();

        List<String> nextNames = graphQl.document("query($after: String) { people(search: \"e\", first: 3, after: $after) { nodes { name } } }")
                .variable("after", cursor).execute().path("people.nodes[*].name").entityList(String.class).get();

        assertThat(nextNames).isNotEmpty().doesNotContainAnyElementsOf(firstNames);
    }

    @Test
    void quoteAppearsInItsOwnArticle() {
        GraphQlTester.Response response = graphQl.document("""
                { quotes(first: 1, filter: {speaker: "Peskov", text: "impossible"}) {
                    nodes { firstReportedOn article { id } appearances { saidOn article { id } quote { text } } } } }""").execute();

        String articleId = response.path("quotes.nodes[0].article.id").entity(String.class).get();
        response.path("quotes.nodes[0].appearances[*].article.id").entityList(String.class).containsExactly(articleId);
        response.path("quotes.nodes[0].appearances[0].saidOn").entity(String.class).isEqualTo("2025-02-12");
        response.path("quotes.nodes[0].appearances[0].quote.text").entity(String.class).isEqualTo("This is impossible,");
        response.path("quotes.nodes[0].firstReportedOn").entity(String.class).isEqualTo("2025-02-12");
    }
}
