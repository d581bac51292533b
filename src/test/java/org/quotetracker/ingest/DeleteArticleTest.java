package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.Errors;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

@WriteApiTest
class DeleteArticleTest {

    private static final String DELETE = "mutation ($id: ID!) { deleteArticle(id: $id) }";

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theArticleAndItsQuotesAreGone() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("deleted", "Hege Foss", "Geir Moen"));
        List<Map<String, Object>> quotes = Writes.quotesOf(graphQlTester, article);

        Writes.withKey(graphQlTester).document(DELETE).variable("id", article).execute()
                .path("deleteArticle").entity(Boolean.class).isEqualTo(true);

        graphQlTester.document("query ($id: ID!) { article(id: $id) { id } }").variable("id", article).execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND));
        graphQlTester.document("query ($id: ID!) { quote(id: $id) { id } }").variable("id", quotes.get(0).get("id")).execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND));
    }

    @Test
    void speakersLeftWithoutQuotesStayOnlyIfTheyHaveTitles() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("speakers deleted", "Randi Hov", "Egil Bratt"));
        Writes.withKey(graphQlTester).document("""
                        mutation ($id: ID!) { correctAttribution(quoteId: $id, speakerName: "Untitled Speaker", role: "") { id } }""")
                .variable("id", Writes.quotesOf(graphQlTester, article).get(0).get("id")).execute().errors().verify();

        Writes.withKey(graphQlTester).document(DELETE).variable("id", article).execute().errors().verify();

        assertThat(peopleNamed("Untitled Speaker")).isZero();
        assertThat(peopleNamed("Randi Hov")).isOne();
        assertThat(peopleNamed("Egil Bratt")).isOne();
    }

    @Test
    void speakersQuotedElsewhereStay() {
        String kept = Writes.ingest(graphQlTester, SampleArticles.quoting("kept", "Knut Myr", "Bjørn Li"));
        String deleted = Writes.ingest(graphQlTester, SampleArticles.quoting("also deleted", "Knut Myr", "Bjørn Li"));

        Writes.withKey(graphQlTester).document(DELETE).variable("id", deleted).execute().errors().verify();

        assertThat(Writes.quotesOf(graphQlTester, kept)).hasSize(2);
        assertThat(peopleNamed("Knut Myr")).isOne();
    }

    @Test
    void anUnknownArticleIsNotFound() {
        Writes.withKey(graphQlTester).document(DELETE).variable("id", "987654321").execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND, "There is no article with id 987654321"));
    }

    private int peopleNamed(String name) {
        return jdbc.queryForObject("select count(*) from person where name = ?", Integer.class, name);
    }
}
