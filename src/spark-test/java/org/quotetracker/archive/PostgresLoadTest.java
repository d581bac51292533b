package org.quotetracker.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC load into PostgreSQL (database {@code spark}, schema {@code archive_test}; skipped when it is unreachable):
 * the service's schema, the seed articles' quotes with speaker, role and day, and nothing twice on a second run.
 */
class PostgresLoadTest {

    private static final String DATABASE = System.getProperty("archive.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/spark");
    private static final String URL = DATABASE + (DATABASE.contains("?") ? "&" : "?") + "currentSchema=archive_test";
    private static final JdbcTarget TARGET = new JdbcTarget(URL, "postgres", null);
    private static final List<String> TABLES = List.of("article", "person", "person_alias", "person_role", "role_sighting",
            "statement", "quote");

    @TempDir
    static Path output;

    private static ArchiveJob.Summary first;

    @BeforeAll
    static void loadTheSeedArticlesIntoAFreshSchema() throws Exception {
        try (Connection connection = new JdbcTarget(DATABASE, "postgres", null).connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS archive_test CASCADE");
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL is not reachable at " + DATABASE + ": " + e.getMessage());
        }
        first = load();
    }

    private static ArchiveJob.Summary load() throws Exception {
        return LocalSpark.run("--input", Path.of("seed-data").toAbsolutePath().toString(), "--output", output.toString(),
                "--jdbc-url", URL, "--jdbc-user", "postgres");
    }

    @Test
    void theFirstRunStoresEveryArticleAndEveryAttributedQuote() throws SQLException {
        long attributed = LocalSpark.dataset(output, "quotes").filter("person_key is not null").count();

        assertThat(first.loaded().articles()).isEqualTo(5);
        assertThat(count("select count(*) from article")).isEqualTo(5);
        assertThat(count("select count(*) from quote")).isEqualTo(attributed);
        assertThat(count("select sum(quote_count) from person")).isEqualTo(attributed);
        assertThat(count("select count(*) from flyway_schema_history where success")).isPositive();
    }

    @Test
    void peskovsQuoteIsStoredWithHisTitleAndTheDay() throws SQLException {
        try (Connection connection = TARGET.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select p.name, q.role_title, q.said_on, r.first_seen from quote q join person p on p.id = q.speaker_id
                     left join person_role r on r.person_id = p.id and r.title_key = 'kremlin spokesman'
                     where q.quoted_text = 'This is impossible,'""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("Dmitry Peskov");
            assertThat(row.getString(2)).isEqualTo("Kremlin spokesman");
            assertThat(row.getDate(3)).isNotNull();
            assertThat(row.getDate(4)).isNotNull();
        }
    }

    @Test
    void aSecondRunLoadsNothingTwice() throws Exception {
        Map<String, Long> before = rows();

        ArchiveJob.Summary second = load();

        assertThat(second.loaded().articles()).isZero();
        assertThat(second.loaded().articlesPresent()).isEqualTo(5);
        assertThat(rows()).isEqualTo(before);
    }

    private static Map<String, Long> rows() throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, count("select count(*) from " + table));
        }
        rows.put("quote counts", count("select sum(quote_count) from person"));
        return rows;
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TARGET.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
