package org.quotetracker.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database into which concurrent writers stored a person, a title and a statement twice (before V6 forbade it) is
 * migrated without failing: the duplicates are merged as the resolver would have kept them, then the keys hold.
 * On H2, and on PostgreSQL with -Ppostgres (a schema of its own).
 */
class OnePersonPerNameTest {

    private static final String POSTGRES = System.getProperty("quotes.test.postgres.url", "");
    private static final String SCHEMA = "qt_one_person_per_name";

    private final SingleConnectionDataSource database = POSTGRES.isBlank()
            ? new SingleConnectionDataSource("jdbc:h2:mem:one-person-" + UUID.randomUUID(), "sa", "", true)
            : new SingleConnectionDataSource(POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                    System.getProperty("quotes.test.postgres.user", "postgres"),
                    System.getProperty("quotes.test.postgres.password", ""), true);
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @BeforeEach
    void storeTwiceWhatConcurrentWritersMet() throws SQLException {
        if (!POSTGRES.isBlank()) {
            recreateSchema();
        }
        flyway().target("6").load().migrate();
        jdbc.update("insert into article (id, content_hash, published_on, body) values (1, 'a', date '2024-01-02', 'x'), (2, 'b', date '2024-01-01', 'y')");
        // Two writers each created "Gro Dobbel"; anonymous sources are one person per article, never merged.
        jdbc.update("""
                insert into person (id, name, kind, quote_count) values (1, 'Gro Dobbel', 'PERSON', 1), (2, 'Gro  Dobbel', 'PERSON', 2),
                       (3, 'a source', 'ANONYMOUS', 0), (4, 'a source', 'ANONYMOUS', 0)""");
        jdbc.update("""
                insert into person_alias (id, person_id, name, name_key) values (1, 1, 'Gro Dobbel', 'gro dobel'),
                       (2, 2, 'Gro  Dobbel', 'gro dobel'), (3, 2, 'Mayor Dobbel', 'mayor dobel'),
                       (4, 3, 'a source', 'a source'), (5, 4, 'a source', 'a source')""");
        jdbc.update("""
                insert into statement (id, speaker_id, text_key, first_reported_on) values (1, 1, 'same words', date '2024-01-02'),
                       (2, 2, 'same words', date '2024-01-01'), (3, 2, 'other words', date '2024-01-01')""");
        jdbc.update("""
                insert into quote (id, article_id, speaker_id, statement_id, quoted_text, start_offset, end_offset, partial, date_precision, confidence)
                values (1, 1, 1, 1, 'Same words.', 0, 11, false, 'UNKNOWN', 1), (2, 2, 2, 2, 'Same words.', 0, 11, false, 'UNKNOWN', 1),
                       (3, 2, 2, 3, 'Other words.', 20, 32, false, 'UNKNOWN', 1)""");
        // Each writer gave its copy the title; one copy was also given it by the other's article.
        jdbc.update("""
                insert into person_role (id, person_id, title, title_key, first_seen, last_seen)
                values (1, 1, 'Mayor', 'mayor', date '2024-01-02', date '2024-01-02'), (2, 2, 'Mayor', 'mayor', date '2024-01-01', date '2024-01-01')""");
        jdbc.update("insert into role_sighting (id, role_id, article_id, seen_on) values (1, 1, 1, date '2024-01-02'), (2, 2, 2, date '2024-01-01'), (3, 2, 1, date '2024-01-02')");
        jdbc.update("""
                insert into attribution_correction (id, article_id, start_offset, end_offset, speaker_id, role_corrected, corrected_by, corrected_at)
                values (1, 2, 20, 32, 2, false, 'key:000000000000', timestamp '2024-01-03 10:00:00')""");
    }

    @AfterEach
    void close() {
        database.destroy();
    }

    @Test
    void copiesOfAPersonBecomeTheOldestWithEveryQuoteNameAndCorrection() {
        migrate();

        assertThat(jdbc.queryForList("select id from person where kind = 'PERSON'", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForList("select distinct speaker_id from quote", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForObject("select quote_count from person where id = 1", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("select name_key from person_alias where person_id = 1 order by name_key", String.class))
                .containsExactly("gro dobel", "mayor dobel");
        assertThat(jdbc.queryForObject("select speaker_id from attribution_correction", Long.class)).isEqualTo(1L);
    }

    @Test
    void theSameWordsOfBothCopiesBecomeOneStatementFirstReportedOnTheEarlierDay() {
        migrate();

        assertThat(jdbc.queryForList("select text_key from statement where speaker_id = 1 order by text_key", String.class))
                .containsExactly("other words", "same words");
        assertThat(jdbc.queryForList("select distinct statement_id from quote where id in (1, 2)", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForObject("select first_reported_on from statement where id = 1", String.class)).isEqualTo("2024-01-01");
    }

    @Test
    void theTitleBothCopiesHadBecomesOneRoleSpanningBothWithEachArticleOnce() {
        migrate();

        assertThat(jdbc.queryForList("select id from person_role", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForMap("select first_seen, last_seen from person_role where id = 1").values().stream().map(String::valueOf))
                .containsExactly("2024-01-01", "2024-01-02");
        assertThat(jdbc.queryForList("select article_id from role_sighting where role_id = 1 order by article_id", Long.class))
                .containsExactly(1L, 2L);
    }

    @Test
    void anonymousSourcesStayApartAndANamedPersonCannotBeStoredTwiceAfter() {
        migrate();

        assertThat(jdbc.queryForList("select id from person where kind = 'ANONYMOUS' order by id", Long.class)).containsExactly(3L, 4L);
        assertThatThrownBy(() -> jdbc.update("insert into person (id, name, name_key, kind) values (9, 'Gro Dobbel', 'gro dobel', 'PERSON')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into person_role (id, person_id, title, title_key) values (9, 1, 'MAYOR', 'mayor')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void migrate() {
        flyway().javaMigrations(new OnePersonPerName()).load().migrate();
    }

    private FluentConfiguration flyway() {
        FluentConfiguration flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        return POSTGRES.isBlank() ? flyway : flyway.schemas(SCHEMA);
    }

    private void recreateSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES,
                System.getProperty("quotes.test.postgres.user", "postgres"),
                System.getProperty("quotes.test.postgres.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
