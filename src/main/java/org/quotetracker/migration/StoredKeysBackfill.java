package org.quotetracker.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.flywaydb.core.api.migration.Context;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.people.NameKey;
import org.quotetracker.quotes.StatementKey;
import org.springframework.stereotype.Component;

/**
 * Migration 2.1: gives the rows stored before V2 the keys that V2 introduced, computed by the same Java code that
 * computes them at ingest (SQL cannot fold diacritics or hash portably): alias and title keys, surname keys, and one
 * statement per speaker and words, earliest report first. Role sightings cannot be recovered (V1 did not keep which
 * article gave a title), so roles stored before V2 list no articles.
 */
@Component
public class StoredKeysBackfill extends JavaMigrationStep {

    /** Public for the archive job, which runs the service's migrations with Flyway alone. */
    public StoredKeysBackfill() {
        super("2.1", "people keys and statements for rows stored before V2");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        rekey(connection, "select id, name from person_alias", "update person_alias set name_key = ? where id = ?", NameKey::of);
        rekey(connection, "select id, name from person where kind = '" + SpeakerKind.PERSON + "'",
                "update person set surname_key = ? where id = ?", NameKey::surnameOf);
        rekey(connection, "select id, title from person_role", "update person_role set title_key = ? where id = ?", NameKey::ofTitle);
        groupQuotesIntoStatements(connection);
    }

    /** Sets a key column computed from a text column, row by row, as one batch. */
    private static void rekey(Connection connection, String select, String update, Function<String, String> key)
            throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            while (rows.next()) {
                String value = key.apply(rows.getString(2));
                if (value == null) {
                    write.setNull(1, Types.VARCHAR);
                } else {
                    write.setString(1, value);
                }
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void groupQuotesIntoStatements(Connection connection) throws SQLException {
        Map<String, Long> statementIds = new HashMap<>();
        long lastId = 0;
        try (Statement read = connection.createStatement();
             ResultSet quotes = read.executeQuery("""
                     select q.id, q.speaker_id, q.quoted_text, coalesce(a.published_on, q.said_on)
                     from quote q join article a on a.id = q.article_id
                     order by coalesce(a.published_on, q.said_on) nulls last, q.id""");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into statement (id, speaker_id, text_key, first_reported_on) values (?, ?, ?, ?)");
             PreparedStatement link = connection.prepareStatement("update quote set statement_id = ? where id = ?")) {
            while (quotes.next()) {
                long speakerId = quotes.getLong(2);
                String textKey = StatementKey.of(quotes.getString(3));
                Long statementId = statementIds.get(speakerId + ":" + textKey);
                if (statementId == null) {
                    // Earliest first: the first quote of a statement carries its first reported day.
                    statementId = ++lastId;
                    statementIds.put(speakerId + ":" + textKey, statementId);
                    LocalDate reportedOn = quotes.getObject(4, LocalDate.class);
                    insert.setLong(1, statementId);
                    insert.setLong(2, speakerId);
                    insert.setString(3, textKey);
                    insert.setObject(4, reportedOn, Types.DATE);
                    insert.addBatch();
                }
                link.setLong(1, statementId);
                link.setLong(2, quotes.getLong(1));
                link.addBatch();
            }
            insert.executeBatch();
            link.executeBatch();
        }
        try (Statement restart = connection.createStatement()) {
            // Hibernate allocates ids in blocks of 50 ending at the sequence's value: start past every id used here.
            restart.execute("alter sequence statement_seq restart with " + (lastId + 50));
        }
    }
}
