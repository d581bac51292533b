package org.quotetracker.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code articles}, {@code article} and an article's quotes. */
@ApiTest
class ArticlesQueryTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void articlesAreNewestFirstWithUndatedOnesLast() {
        graphQl.document("{ articles { totalCount nodes { publishedOn } } }").execute()
                .path("articles.nodes[*].publishedOn").entityList(String.class)
                .containsExactly("2025-02-12", "2024-09-19", "2024-05-31", "2023-06-13", null);
    }

    @Test
    void articlesFilterByOutletIgnoringCase() {
        graphQl.document("{ articles(outlet: \"space travel news\") { totalCount nodes { headline } } }").execute()
                .path("articles.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void articlesFilterByPublicationDays() {
        graphQl.document("{ articles(from: \"2024-01-01\", to: \"2024-12-31\") { nodes { publishedOn } } }").execute()
                .path("articles.nodes[*].publishedOn").entityList(String.class).containsExactly("2024-09-19", "2024-05-31");
    }

    @Test
    void articlesPageOnAfterTheirCursor() {
        String cursor = graphQl.document("{ articles(first: 4) { pageInfo { endCursor } } }").execute()
                .path("articles.pageInfo.endCursor").entity(String.class).get();

        GraphQlTester.Response rest = graphQl.document("query($after: String) { articles(first: 4, after: $after) { nodes { publishedOn } pageInfo { hasNextPage } } }")
                .variable("after", cursor).execute();

        rest.path("articles.nodes[*].publishedOn").entityList(String.class).containsExactly((String) null);
        rest.path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void articleShowsItsMetadataAndQuotesInTextOrder() {
        String id = graphQl.document("{ articles(first: 1) { nodes { id } } }").execute()
                .path("articles.nodes[0].id").entity(String.class).get();

        GraphQlTester.Response response = graphQl.document("""
                query($id: ID!) { article(id: $id) {
                    headline outlet section byline dateline agency publishedOn text quotes { start speaker { name } } } }""")
                .variable("id", id).execute();

        response.path("article.headline").entity(String.class).isEqualTo("Russia rejects swapping occupied territory with Ukraine");
        response.path("article.outlet").entity(String.class).isEqualTo("Military Space News");
        response.path("article.quotes").entityList(Object.class).hasSize(25);
        response.path("article.quotes[*].start").entityList(Integer.class)
                .satisfies(starts -> assertThat(starts).isSorted());
        response.path("article.quotes[0].speaker.name").entity(String.class).isEqualTo("Dmitry Peskov");
        response.path("article.text").entity(String.class).satisfies(text -> assertThat(text).contains("This is impossible,"));
    }

    @Test
    void unknownArticleIsNotFound() {
        graphQl.document("{ article(id: \"424242\") { headline } }").execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND));
    }

    @Test
    void malformedDateIsRejectedWithAReadableMessage() {
        graphQl.document("{ articles(from: \"12/02/2025\") { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("is not a date of the form YYYY-MM-DD")));
    }
}
