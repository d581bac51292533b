package org.quotetracker.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.api.Connection;
import org.quotetracker.api.InputText;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.Likes;
import org.quotetracker.api.PageArguments;
import org.quotetracker.errors.NotFound;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.sql.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads people for the API, each list in one query however many people it serves. */
@Service
public class PersonViews {

    /** Alphabetical, the id settling equal names. */
    private static final Keyset<Person, PersonView> BY_NAME =
            new Keyset<>("person", "name", "name", true, PersonView::name, PersonView::id, Function.identity());

    /** Most quoted first, so that a search puts the person people quote before those only mentioned. */
    private static final Keyset<Person, PersonView> MOST_QUOTED =
            new Keyset<>("people-found", "quoteCount", "quote_count", false, PersonView::quoteCount, PersonView::id, Integer::valueOf);

    private static final Comparator<RoleView> EARLIEST_FIRST = Comparator
            .comparing(RoleView::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RoleView::title);

    /** The columns of a {@link PersonView}, which {@link #view(ResultSet, String)} reads. */
    private static final List<String> COLUMNS = List.of("id", "name", "kind", "ambiguous", "quote_count");

    private static final String VIEW_COLUMNS = "select " + String.join(", ", COLUMNS) + " from person ";

    /**
     * The people whose name or any alias contains {@code :key} ({@code :pattern} as a LIKE pattern), as the database
     * does it best: {@link #knownAsContainingParameters} are its parameters. Searching the aliases is enough because
     * every person's canonical name is one of them.
     */
    private final String knownAsContaining;

    private final AliasRepository aliases;
    private final RoleRepository roles;
    private final RoleSightingRepository sightings;
    private final RoleMapper mapper;
    private final JdbcClient jdbc;

    PersonViews(AliasRepository aliases, RoleRepository roles, RoleSightingRepository sightings, RoleMapper mapper,
                JdbcClient jdbc, SqlDialect dialect) {
        this.aliases = aliases;
        this.roles = roles;
        this.sightings = sightings;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.knownAsContaining = "id in (select person_id from person_alias where " + dialect.containsKey("name_key") + ")";
    }

    /** Everybody by name, or those known by {@code text} most quoted first. */
    public Connection<PersonView> search(String text, PageArguments page) {
        if (InputText.isBlank(text)) {
            return BY_NAME.page(jdbc, VIEW_COLUMNS + "where true", "person", Map.of(), page, PersonViews::view,
                    () -> count("true", Map.of()));
        }
        Map<String, Object> knownAs = knownAsContainingParameters(text);
        return MOST_QUOTED.page(jdbc, knownAsContainingSql(), "person", knownAs, page, PersonViews::view,
                () -> count(knownAsContaining, knownAs));
    }

    private long count(String condition, Map<String, ?> parameters) {
        return jdbc.sql("select count(*) from person where " + condition).params(parameters).query(Long.class).single();
    }

    /**
     * The person a name given in a question means: the most quoted of those known by it, e.g. "Stoltenberg" for
     * Jens Stoltenberg. A NOT_FOUND error when nobody is.
     */
    public PersonView mostQuotedKnownAs(String name) {
        return search(name, PageArguments.of(1, null)).nodes().stream().findFirst()
                .orElseThrow(() -> new NotFound("Nobody is known as \"" + name + "\""));
    }

    public PersonView find(long id) {
        return Optional.ofNullable(byId(List.of(id)).get(id))
                .orElseThrow(() -> new NotFound("There is no person with id " + id));
    }

    /** The people with these ids: the speakers of a page of quotes. In SQL for the reason {@code ArticleViews.byId} gives. */
    public Map<Long, PersonView> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(VIEW_COLUMNS + "where id in (:ids)").param("ids", ids).query(PersonViews::view).list().stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    /**
     * The people whose name or any alias contains this name (ignoring case and accents): those a {@code speaker}
     * filter means. In SQL: it is asked on every such request, and Spring Data and Hibernate cost more than the query.
     */
    public List<PersonView> knownAsContaining(String name) {
        return jdbc.sql(knownAsContainingSql()).params(knownAsContainingParameters(name)).query(PersonViews::view).list();
    }

    /**
     * {@link #knownAsContaining}'s statement, for statements that read more along with those people (a speaker's
     * page): its parameters are {@link #knownAsContainingParameters}, its rows {@link #view(ResultSet, String)}'s.
     */
    public String knownAsContainingSql() {
        return VIEW_COLUMNS + "where " + knownAsContaining;
    }

    public static Map<String, Object> knownAsContainingParameters(String name) {
        String key = NameKey.searchKey(name);
        return Map.of("key", key, "pattern", Likes.containsIgnoringCase(key));
    }

    private static PersonView view(ResultSet row, int number) throws SQLException {
        return view(row, "");
    }

    /**
     * The columns of a {@link PersonView} in the table or subquery named {@code alias}, each named with {@code prefix}
     * first, apart from the other rows' columns in a statement that reads people along with them.
     */
    public static String columns(String alias, String prefix) {
        return COLUMNS.stream().map(column -> alias + "." + column + " " + prefix + column).collect(Collectors.joining(", "));
    }

    /** The person in a row whose columns are those of {@link #columns} named with {@code prefix} first. */
    public static PersonView view(ResultSet row, String prefix) throws SQLException {
        return new PersonView(row.getLong(prefix + "id"), row.getString(prefix + "name"),
                SpeakerKind.valueOf(row.getString(prefix + "kind")), row.getBoolean(prefix + "ambiguous"),
                row.getInt(prefix + "quote_count"));
    }

    public Map<Long, List<String>> aliasesById(Collection<Long> ids) {
        return aliases.findByPersonIdInOrderByName(ids).stream().collect(Collectors.groupingBy(
                alias -> alias.getPerson().getId(), Collectors.mapping(Alias::getName, Collectors.toList())));
    }

    /** The ids of the articles that gave each role, earliest sighting first. */
    Map<Long, List<Long>> articleIdsByRoleId(Collection<Long> roleIds) {
        return sightings.findByRoleIds(roleIds).stream().collect(Collectors.groupingBy(
                sighting -> sighting.getRole().getId(),
                Collectors.mapping(sighting -> sighting.getArticle().getId(), Collectors.toList())));
    }

    public Map<Long, List<RoleView>> rolesById(Collection<Long> ids) {
        return roles.findByPersonIdIn(ids).stream().collect(Collectors.groupingBy(
                role -> role.getPerson().getId(), Collectors.mapping(mapper::toView, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted(EARLIEST_FIRST).toList()))));
    }
}
