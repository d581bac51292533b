package org.quotetracker.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetracker.sql.SqlDialect;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A speaker's page reads quote_speaker_said_idx in order and stops after the page, on whichever database the suite
 * runs: the speaker's id comes from a subquery (the people the name means), and from there H2 would otherwise read
 * the speaker's every quote through the foreign key's own index and sort them.
 */
@ApiTest
class SpeakerPagePlanTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlDialect dialect;

    @Test
    void aSpeakersNewestQuotesAreReadInTheKeysetIndexsOrder() {
        String plan = jdbc.sql("explain select q.id from " + dialect.quotesBySpeaker()
                        + " join article a on a.id = q.article_id"
                        + " where q.speaker_id = (select max(id) from person where id = 1 having count(*) = 1)"
                        + " order by q.speaker_id, q.said_on desc nulls last, q.id desc limit 21")
                .query((row, n) -> row.getString(1)).list().toString().toLowerCase();
        assertThat(plan).contains("quote_speaker_said_idx");
        if (dialect == SqlDialect.H2) {
            assertThat(plan).contains("index sorted").doesNotContain("fk_index");
        } else {
            assertThat(plan).doesNotContain("sort ");
        }
    }
}
