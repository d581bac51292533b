package org.quotetracker.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.flywaydb.core.api.migration.Context;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.people.NameKey;
import org.springframework.stereotype.Component;

/**
 * Migration 6.1: gives every named person its {@link NameKey} (SQL cannot fold diacritics portably), then merges what
 * writers running at the same time stored twice before V6_2 could forbid it, so that the unique keys can be added to
 * a live database: people of the same key (an ambiguous surname's stand-in kept apart, as the resolver keeps it) go
 * to the oldest of them, the one the resolver picks, with their quotes, statements, corrections, names and titles;
 * then each person's titles of the same key become one role spanning all their days and articles.
 */
@Component
public class OnePersonPerName extends JavaMigrationStep {

    public OnePersonPerName() {
        super("6.1", "name keys for people; people and titles stored twice by concurrent writers merged");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, Long> keeperOf = keyPeople(connection);
        for (Map.Entry<Long, Long> duplicate : keeperOf.entrySet()) {
            merge(connection, duplicate.getKey(), duplicate.getValue());
        }
        recountQuotes(connection, new LinkedHashSet<>(keeperOf.values()));
        foldRoles(connection);
    }

    /** Sets every named person's key; returns the duplicates found on the way, each with the person it goes to. */
    private static Map<Long, Long> keyPeople(Connection connection) throws SQLException {
        Map<String, Long> firstWithKey = new HashMap<>();
        Map<Long, Long> keeperOf = new LinkedHashMap<>();
        try (Statement read = connection.createStatement();
             ResultSet people = read.executeQuery(
                     "select id, name, ambiguous from person where kind <> '" + SpeakerKind.ANONYMOUS + "' order by id");
             PreparedStatement write = connection.prepareStatement("update person set name_key = ? where id = ?")) {
            while (people.next()) {
                long id = people.getLong(1);
                String key = NameKey.of(people.getString(2));
                Long keeper = firstWithKey.putIfAbsent(people.getBoolean(3) + ":" + key, id);
                if (keeper != null) {
                    keeperOf.put(id, keeper);
                    continue;
                }
                write.setString(1, key);
                write.setLong(2, id);
                write.addBatch();
            }
            write.executeBatch();
        }
        return keeperOf;
    }

    /** What PeopleCorrections.merge does through the API, in SQL: everything of {@code duplicate} goes to {@code keeper}. */
    private static void merge(Connection connection, long duplicate, long keeper) throws SQLException {
        // The same words said by both become one statement, first reported on the earlier day of the two.
        update(connection, """
                update statement set first_reported_on = (
                    select min(s.first_reported_on) from statement s
                    where s.text_key = statement.text_key and s.speaker_id in (?, ?))
                where speaker_id = ? and text_key in (select d.text_key from statement d where d.speaker_id = ?)""",
                keeper, duplicate, keeper, duplicate);
        update(connection, """
                update quote set statement_id = (
                    select k.id from statement k join statement d on d.text_key = k.text_key
                    where d.id = quote.statement_id and k.speaker_id = ?)
                where statement_id in (
                    select d.id from statement d join statement k on k.text_key = d.text_key
                    where d.speaker_id = ? and k.speaker_id = ?)""",
                keeper, duplicate, keeper);
        update(connection, """
                delete from statement where speaker_id = ?
                  and text_key in (select k.text_key from statement k where k.speaker_id = ?)""", duplicate, keeper);
        update(connection, "update statement set speaker_id = ? where speaker_id = ?", keeper, duplicate);
        update(connection, "update quote set speaker_id = ? where speaker_id = ?", keeper, duplicate);
        update(connection, "update attribution_correction set speaker_id = ? where speaker_id = ?", keeper, duplicate);
        update(connection, """
                delete from person_alias where person_id = ?
                  and name_key in (select k.name_key from person_alias k where k.person_id = ?)""", duplicate, keeper);
        update(connection, "update person_alias set person_id = ? where person_id = ?", keeper, duplicate);
        // Titles both had are two roles of the keeper now; foldRoles makes them one.
        update(connection, "update person_role set person_id = ? where person_id = ?", keeper, duplicate);
        update(connection, "delete from person where id = ?", duplicate);
    }

    private static void recountQuotes(Connection connection, Set<Long> personIds) throws SQLException {
        for (long id : personIds) {
            update(connection, "update person set quote_count = (select count(*) from quote q where q.speaker_id = ?) where id = ?", id, id);
        }
    }

    private record RoleRow(long id, LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** Each person's roles of one title key become the oldest of them, seen from the first day to the last of all. */
    private static void foldRoles(Connection connection) throws SQLException {
        List<List<RoleRow>> groups = new ArrayList<>();
        try (Statement read = connection.createStatement();
             ResultSet roles = read.executeQuery("""
                     select r.id, r.first_seen, r.last_seen, r.person_id, r.title_key from person_role r
                     where exists (select 1 from person_role o
                                   where o.person_id = r.person_id and o.title_key = r.title_key and o.id <> r.id)
                     order by r.person_id, r.title_key, r.id""")) {
            String group = null;
            while (roles.next()) {
                String key = roles.getLong(4) + ":" + roles.getString(5);
                if (!key.equals(group)) {
                    groups.add(new ArrayList<>());
                    group = key;
                }
                groups.get(groups.size() - 1).add(new RoleRow(roles.getLong(1),
                        roles.getObject(2, LocalDate.class), roles.getObject(3, LocalDate.class)));
            }
        }
        for (List<RoleRow> roles : groups) {
            RoleRow kept = roles.get(0);
            for (RoleRow duplicate : roles.subList(1, roles.size())) {
                update(connection, """
                        delete from role_sighting where role_id = ?
                          and article_id in (select k.article_id from role_sighting k where k.role_id = ?)""",
                        duplicate.id(), kept.id());
                update(connection, "update role_sighting set role_id = ? where role_id = ?", kept.id(), duplicate.id());
                update(connection, "delete from person_role where id = ?", duplicate.id());
            }
            LocalDate first = roles.stream().map(RoleRow::firstSeen).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            LocalDate last = roles.stream().map(RoleRow::lastSeen).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
            try (PreparedStatement span = connection.prepareStatement("update person_role set first_seen = ?, last_seen = ? where id = ?")) {
                span.setObject(1, first, Types.DATE);
                span.setObject(2, last, Types.DATE);
                span.setLong(3, kept.id());
                span.executeUpdate();
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
