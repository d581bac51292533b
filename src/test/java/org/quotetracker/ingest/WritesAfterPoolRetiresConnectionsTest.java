package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A server on a new file database keeps accepting writes after its pool has retired the connections it started with,
 * among them the one that ran the migrations, as Hikari does after {@code max-lifetime} (30 minutes by default). H2
 * 2.4 tied the CHECK constraints a connection created to that connection's session: once it closed, every insert
 * into {@code person} or {@code quote} failed with "Check constraint invalid" until a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A new file database on every run (with -Ppostgres, a new schema).
        "spring.datasource.url=jdbc:h2:file:./target/pool-retirement-${random.uuid}/quotes",
        "quotes.seed.enabled=false",
        "quotes.api-keys=" + WriteApiTest.KEY})
@AutoConfigureHttpGraphQlTester
class WritesAfterPoolRetiresConnectionsTest {

    HttpGraphQlTester graphQlTester;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    void graphQlTester(HttpGraphQlTester tester) {
        graphQlTester = Writes.patient(tester);
    }

    @Test
    void ingestingWorksAfterThePoolRetiredItsConnections() throws SQLException {
        retireThePoolsConnections();

        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("retired pool", "Ane Brun", "Tor Moe"));

        assertThat(Writes.quotesOf(graphQlTester, article)).hasSize(2);
    }

    @Test
    void reextractingWorksAfterThePoolRetiredItsConnections() throws SQLException {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("re-read after retirement", "Liv Aas", "Odd Ruud"));
        retireThePoolsConnections();

        Writes.withKey(graphQlTester).document("mutation ($id: ID!) { reextractArticle(id: $id) { id } }")
                .variable("id", article).execute().errors().verify();

        assertThat(Writes.quotesOf(graphQlTester, article)).hasSize(2);
    }

    @Test
    void deletingWorksAfterThePoolRetiredItsConnections() throws SQLException {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("deleted after retirement", "Siv Lie", "Are Dahl"));
        retireThePoolsConnections();

        Writes.withKey(graphQlTester).document("mutation ($id: ID!) { deleteArticle(id: $id) }")
                .variable("id", article).execute().path("deleteArticle").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void correctingToANewNameWorksAfterThePoolRetiredItsConnections() throws SQLException {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("corrected after retirement", "Eli Sand", "Pål Berg"));
        String quoteId = (String) Writes.quotesOf(graphQlTester, article).get(0).get("id");
        retireThePoolsConnections();

        Writes.withKey(graphQlTester).document("""
                        mutation ($id: ID!) { correctAttribution(quoteId: $id, speakerName: "Mona Retired") { speaker { name } } }""")
                .variable("id", quoteId).execute()
                .path("correctAttribution.speaker.name").entity(String.class).isEqualTo("Mona Retired");
    }

    /**
     * Retires every connection of the pool, as max-lifetime does. Another connection stays open meanwhile (outside the
     * pool, so that none of the pool's escapes), as requests in flight keep some open in a running server: an embedded
     * H2 database closes with its last connection, and opening it again would hide the defect.
     */
    private void retireThePoolsConnections() throws SQLException {
        try (Connection other = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())) {
            dataSource.getHikariPoolMXBean().softEvictConnections();
            // A write takes a new connection before the other one closes.
            try (Connection fresh = dataSource.getConnection()) {
                assertThat(fresh.isValid(1)).isTrue();
            }
        }
    }
}
