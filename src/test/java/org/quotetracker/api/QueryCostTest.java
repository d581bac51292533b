package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Lists without {@code first} and long texts count in a query's cost; the schema's own fields do not (issue 13). */
@ApiTest
class QueryCostTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void listsWithoutFirstCountAsMoreThanOneItem() {
        graphQlTester.document("{ articles(first: 100) { nodes { quotes { appearances { article { headline } } } } } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The query would cost 22201 "));
    }

    @Test
    void anArticlesTextWeighsMoreThanAShortField() {
        graphQlTester.document("""
                        { a: quotes(first: 100) { nodes { article { text } } } b: quotes(first: 100) { nodes { article { text } } } }""")
                .execute().errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "The query would cost 10402 "));
    }

    @Test
    void aContrastCountsTheSpeakersItNames() {
        graphQlTester.document("""
                        { contrast(speakers: ["Stoltenberg", "Rutte"], granularity: YEAR) {
                            periods { start speakers { count speaker { name } quotes(first: 2) { text } } } } }""")
                .execute().path("contrast.periods").entityList(Object.class).satisfies(periods -> assertThat(periods).isNotEmpty());
    }

    @Test
    void theSchemasOwnFieldsCostNothing() {
        graphQlTester.document("{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } }")
                .execute().path("__schema.types").entityList(Object.class).satisfies(types -> assertThat(types).hasSizeGreaterThan(20));
    }

    @Test
    void typeNamesAnywhereInAQueryAreAnswered() {
        graphQlTester.document("{ __typename quotes(first: 1) { __typename nodes { __typename text } } }")
                .execute().path("quotes.nodes[0].__typename").entity(String.class).isEqualTo("Quote");
    }

    @Test
    void theWebAppsArticleViewStaysWithinTheLimit() {
        graphQlTester.document("""
                        { articles(first: 1) { nodes { id headline outlet section byline dateline agency publishedOn text
                            quotes { start end id text role saidOn datePrecision partial cue method confidence context
                              speaker { id name } article { id headline outlet publishedOn }
                              appearances { article { id headline outlet publishedOn } } } } } }""")
                .execute().path("articles.nodes[0].quotes").entityList(Object.class).satisfies(quotes -> assertThat(quotes).isNotEmpty());
    }
}
