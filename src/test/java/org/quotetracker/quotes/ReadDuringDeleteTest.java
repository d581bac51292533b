package org.quotetracker.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read that a delete lands in the middle of: the page (or quote, or article) is read, then the article is deleted
 * for real, through the API in a transaction of its own, then the page's links are loaded. The reader sees the page
 * as it stands after the delete, never an internal error.
 */
@WriteApiTest
@Import(ReadDuringDeleteTest.DeleteAfterField.class)
class ReadDuringDeleteTest {

    /** Runs a write once, right after the named field's value was read and before anything below it is loaded. */
    @TestConfiguration
    static class DeleteAfterField {

        static final Map<FieldCoordinates, Runnable> AFTER = new ConcurrentHashMap<>();

        @Bean
        SimplePerformantInstrumentation writeAfterField() {
            return new SimplePerformantInstrumentation() {
                @Override
                public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                            InstrumentationState state) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(
                            parameters.getExecutionStepInfo().getObjectType(), parameters.getField());
                    return environment -> {
                        Object value = fetcher.get(environment);
                        Runnable write = AFTER.remove(coordinates);
                        if (write != null) {
                            write.run();
                        }
                        return value;
                    };
                }
            };
        }
    }

    private static final String DELETE = "mutation ($id: ID!) { deleteArticle(id: $id) }";

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuoteViews quoteViews;

    @Autowired
    QuoteLinks links;

    @AfterEach
    void forgetWrites() {
        DeleteAfterField.AFTER.clear();
    }

    private void deleteAfter(String type, String field, String articleId) {
        DeleteAfterField.AFTER.put(FieldCoordinates.coordinates(type, field), () -> {
            Writes.withKey(graphQlTester).document(DELETE).variable("id", articleId).execute().errors().verify();
        });
    }

    private void assertDeleted(String articleId) {
        assertThat(jdbc.queryForObject("select count(*) from article where id = ?", Long.class, Long.parseLong(articleId)))
                .as("the article was deleted while the query ran").isZero();
    }

    @Test
    void personPageReadBeforeADeleteIsShownWithItsArticles() {
        String kept = Writes.ingest(graphQlTester, SampleArticles.quoting("kept harbour", "Sigrun Vold", "Tor Aas"));
        String deleted = Writes.ingest(graphQlTester, SampleArticles.quoting("deleted harbour", "Sigrun Vold", "Tor Aas"));
        String person = ((Map<?, ?>) Writes.quotesOf(graphQlTester, kept).get(0).get("speaker")).get("id").toString();
        deleteAfter("Person", "quotes", deleted);

        GraphQlTester.Response response = graphQlTester.document("""
                        query ($id: ID!) { person(id: $id) { quotes(first: 10) { nodes { text article { id headline } } } } }""")
                .variable("id", person).execute();

        assertDeleted(deleted);
        response.errors().verify();
        response.path("person.quotes.nodes[*].article.id").entityList(String.class).contains(kept);
        response.path("person.quotes.nodes[*].article.headline").entityList(String.class)
                .satisfies(headlines -> assertThat(headlines).doesNotContainNull());
    }

    @Test
    void quotesSearchReadBeforeADeleteIsShownWithItsSpeakersAndArticles() {
        String kept = Writes.ingest(graphQlTester, SampleArticles.quoting("kept pier", "Lene Berg", "Ivar Dahl"));
        String deleted = Writes.ingest(graphQlTester, SampleArticles.quoting("deleted pier", "Lene Berg", "Ivar Dahl"));
        deleteAfter("Query", "quotes", deleted);

        GraphQlTester.Response response = graphQlTester.document("""
                        { quotes(filter: {text: "pier", from: "2024-01-01"}, first: 10) {
                            nodes { speaker { name } article { id headline } } } }""").execute();

        assertDeleted(deleted);
        response.errors().verify();
        response.path("quotes.nodes[*].article.id").entityList(String.class).contains(kept, kept);
        response.path("quotes.nodes[*].speaker.name").entityList(String.class)
                .satisfies(names -> assertThat(names).doesNotContainNull());
    }

    @Test
    void aQuoteReadBeforeItsArticleIsDeletedIsShownWithIt() {
        String deleted = Writes.ingest(graphQlTester, SampleArticles.quoting("deleted quay", "Marit Lie", "Odd Hegg"));
        Object quote = Writes.quotesOf(graphQlTester, deleted).get(0).get("id");
        deleteAfter("Query", "quote", deleted);

        GraphQlTester.Response response = graphQlTester.document(
                "query ($id: ID!) { quote(id: $id) { text article { headline } } }").variable("id", quote).execute();

        assertDeleted(deleted);
        response.errors().verify();
        response.path("quote.article.headline").entity(String.class).isEqualTo("Council approves the deleted quay ferry line");
    }

    @Test
    void anArticleDeletedBeforeItsTextIsLoadedIsNoInternalError() {
        String deleted = Writes.ingest(graphQlTester, SampleArticles.quoting("deleted dock", "Siv Rud", "Per Nes"));
        deleteAfter("Query", "article", deleted);

        GraphQlTester.Response response = graphQlTester.document("query ($id: ID!) { article(id: $id) { headline text } }")
                .variable("id", deleted).execute();

        assertDeleted(deleted);
        response.errors().satisfy(errors -> assertThat(errors).noneMatch(error -> error.getErrorType() == ErrorType.INTERNAL_ERROR));
        response.path("article").valueIsNull();
    }

    @Test
    void linksOfAPageReadBeforeADeleteLeaveOutTheDeletedQuotes() {
        long kept = Long.parseLong(Writes.ingest(graphQlTester, SampleArticles.quoting("kept slip", "Rita Foss", "Jon Vik")));
        long deleted = Long.parseLong(Writes.ingest(graphQlTester, SampleArticles.quoting("deleted slip", "Rita Foss", "Jon Vik")));
        Map<Long, List<QuoteView>> page = quoteViews.byArticle(List.of(kept, deleted));

        Writes.withKey(graphQlTester).document(DELETE).variable("id", Long.toString(deleted)).execute().errors().verify();
        Map<Long, QuoteLinks.Links> found = links.of(page.values().stream().flatMap(List::stream).map(QuoteView::id).toList());

        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(page.get(kept).stream().map(QuoteView::id).toList());
        assertThat(found.values()).allSatisfy(link -> {
            assertThat(link.article().id()).isEqualTo(kept);
            assertThat(link.speaker().name()).isIn("Rita Foss", "Jon Vik");
        });
    }
}
