package org.quotetracker.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A quote corrected before V7 kept the extractor's method and confidence; migrated, it says it was corrected. */
class CorrectedQuotesMigrationTest {

    // One connection throughout: an in-memory H2 database lives only as long as a connection to it.
    private final SingleConnectionDataSource database =
            new SingleConnectionDataSource("jdbc:h2:mem:corrected-" + UUID.randomUUID(), "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @BeforeEach
    void correctOneOfTwoQuotesBeforeVersionSeven() {
        flyway().target("6").load().migrate();
        jdbc.update("insert into article (id, content_hash, published_on, body) values (1, 'a', date '2024-05-02', 'x')");
        jdbc.update("""
                insert into person (id, name, name_key, kind) values (1, 'Ada Berg', 'ada berg', 'PERSON'),
                       (2, 'Eva Strand', 'eva strand', 'PERSON')""");
        jdbc.update("insert into statement (id, speaker_id, text_key, first_reported_on) values (1, 2, 'we stand', date '2024-05-02'), (2, 1, 'no comment', date '2024-05-02')");
        jdbc.update("""
                insert into quote (id, article_id, speaker_id, statement_id, quoted_text, start_offset, end_offset, partial,
                                   date_precision, method, confidence)
                values (1, 1, 2, 1, 'We stand.', 0, 9, false, 'UNKNOWN', 'pronoun', 0.6),
                       (2, 1, 1, 2, 'No comment.', 20, 31, false, 'UNKNOWN', 'explicit-after', 0.98)""");
        jdbc.update("""
                insert into attribution_correction (id, article_id, start_offset, end_offset, speaker_id, role_corrected,
                                                    machine_speaker, corrected_by, corrected_at)
                values (1, 1, 0, 9, 2, false, 'Ada Berg', 'key:0123456789ab', timestamp '2024-05-03 10:00:00')""");
    }

    @AfterEach
    void close() {
        database.destroy();
    }

    @Test
    void theCorrectedQuoteSaysCorrectedAndTheCorrectionKeepsTheExtractorsMethodAndConfidence() {
        flyway().load().migrate();

        assertThat(jdbc.queryForMap("select method, confidence from quote where id = 1"))
                .containsAllEntriesOf(Map.of("METHOD", "corrected", "CONFIDENCE", 1.0));
        assertThat(jdbc.queryForMap("select machine_method, machine_confidence from attribution_correction where id = 1"))
                .containsAllEntriesOf(Map.of("MACHINE_METHOD", "pronoun", "MACHINE_CONFIDENCE", 0.6));
    }

    @Test
    void aQuoteNobodyCorrectedKeepsItsMethod() {
        flyway().load().migrate();

        assertThat(jdbc.queryForMap("select method, confidence from quote where id = 2"))
                .containsAllEntriesOf(Map.of("METHOD", "explicit-after", "CONFIDENCE", 0.98));
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration");
    }
}
