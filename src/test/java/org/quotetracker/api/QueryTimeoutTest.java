package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A query that runs longer than {@code quotes.limits.query-timeout} is cancelled by the database and answered with
 * the TIMEOUT classification and what to do, not INTERNAL_ERROR (issue 13). That every statement runs under the
 * limit, on both databases, {@link EveryQueryBoundedTest} shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:query-timeout-test;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=true",
        "quotes.limits.query-timeout=1s"})
@AutoConfigureHttpGraphQlTester
class QueryTimeoutTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    DataSource dataSource;

    /**
     * Made slow from outside: another transaction locks the quote table. Only on PostgreSQL: H2 has no lock a reader
     * waits for, and the seed data is too small for any query to run a second.
     */
    @Test
    void aQueryOverTheTimeLimitIsATimeoutThatSaysWhatToDo() throws SQLException {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            assumeTrue(isPostgres(other), "only PostgreSQL lets another transaction hold readers back");
            other.setAutoCommit(false);
            statement.execute("LOCK TABLE quote IN ACCESS EXCLUSIVE MODE");
            try {
                graphQlTester.mutate().responseTimeout(Duration.ofSeconds(30))
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(30))).build()
                        .document("{ quotes(filter: { text: \"impossible\" }) { totalCount } }").execute()
                        .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                            assertThat(error.getExtensions()).containsEntry("classification", "TIMEOUT");
                            assertThat(error.getMessage()).startsWith("A database query of this request ran longer than 1 s");
                        }));
            } finally {
                other.rollback();
            }
        }
    }

    /** What each database throws when it cancels a statement for its timeout is recognised as a timeout. */
    @Test
    void aStatementTheDatabaseCancelsForItsTimeoutCountsAsCancelled() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            String slow = isPostgres(connection) ? "SELECT pg_sleep(5)" : "SELECT SUM(X) FROM SYSTEM_RANGE(1, 200000000)";

            Throwable failure = catchThrowable(() -> statement.executeQuery(slow));

            assertThat(failure).isInstanceOf(SQLException.class);
            assertThat(QueryTimeout.cancelled(failure)).as(failure.toString()).isTrue();
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
}
