package org.quotetracker.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.quotetracker.sql.SqlDialect;
import org.springframework.stereotype.Component;

/**
 * Migration 5, H2 only: a speaker's newest quotes must be read from quote_speaker_said_idx, which stops after a
 * page. H2 gave the foreign key quote.speaker_id an index of its own when V1 created the table, and its planner
 * prefers that one, reading every quote of the speaker to sort them: 15,000 rows for a page of 20. Created again
 * now, the foreign key uses the existing (speaker_id, said_on, id) index and the single-column one goes. PostgreSQL
 * never indexes foreign keys by itself: nothing to do there. A Java migration because the constraint's name is one H2
 * made up. (H2 2.5 makes an index of the column alone for the new foreign key too, so this no longer removes it;
 * SqlDialect#quotesBySpeaker names the keyset index where a page is read. A migration that ran stays as it was.)
 */
@Component
public class SpeakerKeysetIndex extends JavaMigrationStep {

    private static final String FOREIGN_KEYS_ON_SPEAKER = """
            select c.constraint_name from information_schema.table_constraints c
            join information_schema.key_column_usage k
              on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
            where c.constraint_type = 'FOREIGN KEY' and c.table_schema = current_schema
              and c.table_name = 'QUOTE' and k.column_name = 'SPEAKER_ID'""";

    /** Public for the archive job, which runs the service's migrations with Flyway alone. */
    public SpeakerKeysetIndex() {
        super("5", "on H2 the speaker foreign key uses the keyset index");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (SqlDialect.of(connection) != SqlDialect.H2) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(FOREIGN_KEYS_ON_SPEAKER)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                statement.execute("ALTER TABLE quote DROP CONSTRAINT \"" + name + "\"");
            }
            statement.execute("ALTER TABLE quote ADD CONSTRAINT quote_speaker_fk FOREIGN KEY (speaker_id) REFERENCES person (id)");
        }
    }
}
