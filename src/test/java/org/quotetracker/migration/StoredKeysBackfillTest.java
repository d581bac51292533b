package org.quotetracker.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A database filled under V1 gains V2's keys and statements when it is migrated. */
class StoredKeysBackfillTest {

    // One connection throughout: an in-memory H2 database lives only as long as a connection to it.
    private final SingleConnectionDataSource database =
            new SingleConnectionDataSource("jdbc:h2:mem:backfill-" + UUID.randomUUID(), "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @BeforeEach
    void storeUnderVersionOne() {
        flyway().target("1").load().migrate();
        jdbc.update("insert into article (id, content_hash, published_on, body) values (1, 'a', date '2024-05-02', 'x'), (2, 'b', date '2024-05-01', 'y')");
        jdbc.update("insert into person (id, name, kind) values (1, 'Volodymyr Zelenskyy', 'PERSON')");
        jdbc.update("insert into person (id, name, kind) values (2, 'the Pentagon', 'ORGANIZATION')");
        jdbc.update("insert into person_alias (id, person_id, name, name_key) values (1, 1, 'Volodymyr Zelenskyy', 'volodymyr zelenskyy'), (2, 2, 'the Pentagon', 'the pentagon')");
        jdbc.update("insert into person_role (id, person_id, title) values (1, 1, 'U.S. Envoy')");
        jdbc.update("""
                insert into quote (id, article_id, speaker_id, quoted_text, start_offset, end_offset, partial, date_precision, confidence)
                values (1, 1, 1, 'We stand.', 0, 9, false, 'UNKNOWN', 1), (2, 2, 1, 'We stand...', 0, 11, false, 'UNKNOWN', 1),
                       (3, 2, 2, 'No comment.', 20, 31, false, 'UNKNOWN', 1)""");
    }

    @AfterEach
    void close() {
        database.destroy();
    }

    @Test
    void namesAndTitlesGetTheirKeys() {
        migrateThroughVersionTwo();

        assertThat(jdbc.queryForList("select name_key from person_alias order by id", String.class))
                .containsExactly("volodymyr zelensky", "pentagon");
        assertThat(jdbc.queryForObject("select surname_key from person where id = 1", String.class)).isEqualTo("zelensky");
        assertThat(jdbc.queryForObject("select title_key from person_role", String.class)).isEqualTo("us envoy");
    }

    @Test
    void sameWordsBySameSpeakerBecomeOneStatementFirstReportedOnTheEarliestDay() {
        migrateThroughVersionTwo();

        assertThat(jdbc.queryForObject("select count(*) from statement", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(distinct statement_id) from quote where speaker_id = 1", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select first_reported_on from statement where speaker_id = 1", String.class)).isEqualTo("2024-05-01");
    }

    @Test
    void newStatementsTakeIdsBeyondTheBackfilledOnes() {
        migrateThroughVersionTwo();

        assertThat(jdbc.queryForObject("select next value for statement_seq", Long.class))
                .isGreaterThan(jdbc.queryForObject("select max(id) from statement", Long.class) + 48);
    }

    /** Up to V2_2, which needs the backfill's keys; later migrations have Java steps of their own. */
    private void migrateThroughVersionTwo() {
        flyway().javaMigrations(new StoredKeysBackfill()).target("2.2").load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration");
    }
}
