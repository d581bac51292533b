package org.quotetracker.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset paging of a list ordered by one attribute (items without a value last) and then by id, both in the same
 * direction. A page continues with a "beyond the cursor" condition instead of an OFFSET, so the database can seek
 * straight to it through an index such as {@code (speaker_id, said_on DESC NULLS LAST, id DESC)}.
 * <p>
 * A list is read through Spring Data's Criteria where its filter is Criteria (quotes) and in SQL elsewhere (people,
 * articles, one speaker's quotes); both forms of the condition and the order are here, side by side.
 *
 * @param list      the list's name, written into its cursors
 * @param attribute the entity attribute the list is ordered by
 * @param column    that attribute's column, for lists read in SQL
 * @param keyOf     the view's value of that attribute (may be null)
 * @param idOf      the view's id
 * @param parseKey  reads the attribute's value back from a cursor
 * @param <E>       the entity paged
 * @param <V>       the view of the entity the API returns
 */
public record Keyset<E, V>(
        String list,
        String attribute,
        String column,
        boolean ascending,
        Function<V, Object> keyOf,
        Function<V, Long> idOf,
        Function<String, ? extends Comparable<?>> parseKey) {

    /** Fetches the page of {@code criteria} that {@code page} asks for, one row more to tell whether another follows. */
    public Connection<V> page(JpaSpecificationExecutor<E> repository, Specification<E> criteria, PageArguments page, Function<E, V> toView) {
        return page(repository, criteria, page, toView, () -> repository.count(criteria));
    }

    /** As {@link #page(JpaSpecificationExecutor, Specification, PageArguments, Function)}, counted by {@code counter}. */
    public Connection<V> page(JpaSpecificationExecutor<E> repository, Specification<E> criteria, PageArguments page,
                              Function<E, V> toView, LongSupplier counter) {
        Specification<E> pageCriteria = criteria.and(seek(positionAfter(page)));
        List<V> rows = repository.findBy(pageCriteria, query -> query.sortBy(sort()).limit(page.first() + 1).all())
                .stream().map(toView).toList();
        return connection(rows, page, counter);
    }

    /**
     * Fetches in SQL the page {@code page} asks for, one row more to tell whether another follows: {@code select}
     * is a statement up to and with its WHERE condition, on the list's table or subquery named {@code alias}, with
     * the named parameters {@code parameters}; {@code counter} counts its rows over all pages when asked.
     */
    public Connection<V> page(JdbcClient jdbc, String select, String alias, Map<String, ?> parameters,
                              PageArguments page, RowMapper<V> toView, LongSupplier counter) {
        Position after = positionAfter(page);
        List<V> rows = jdbc.sql(select + sqlSeek(after, alias) + " order by " + sqlOrder(alias) + " limit " + (page.first() + 1))
                .params(parameters).params(sqlSeekParameters(after)).query(toView).list();
        return connection(rows, page, counter);
    }

    /** Where a page starts: just beyond the cursor's key (null: items without one) and id. Pages in SQL seek from it too. */
    public record Position(Comparable<?> key, long id) {
    }

    /** The position after {@code page}'s cursor, or null for the first page. */
    public Position positionAfter(PageArguments page) {
        if (page.after() == null) {
            return null;
        }
        Cursor cursor = Cursor.decode(page.after(), list);
        return new Position(parse(cursor.key()), cursor.id());
    }

    /** The rows beyond {@code after}: every row for the first page (a null position). */
    public Specification<E> seek(Position after) {
        return after == null ? Specification.unrestricted() : (root, query, cb) -> beyond(root, cb, after);
    }

    /** {@link #sort()} for a query built with the criteria API: the key in the list's direction, nulls last, then the id. */
    public List<Order> orderBy(Root<E> root, CriteriaBuilder cb) {
        Path<?> key = root.get(attribute);
        Path<?> id = root.get("id");
        return ascending ? List.of(cb.asc(key, Nulls.LAST), cb.asc(id)) : List.of(cb.desc(key, Nulls.LAST), cb.desc(id));
    }

    /** The page of rows that a query from {@link #positionAfter} fetched, one more than asked for when there are more. */
    public Connection<V> connection(List<V> rows, PageArguments page, LongSupplier counter) {
        return Connection.of(rows, page, this::cursorOf, counter);
    }

    /**
     * The condition of {@link #beyond} in SQL, for pages read in SQL: " and ..." to append to a WHERE clause (nothing
     * for the first page) on the list's {@link #column} and id in the table or subquery named {@code alias}, with the
     * named parameters {@code :after_key} and {@code :after_id} of {@link #sqlSeekParameters}, named apart from any
     * the query has.
     */
    public String sqlSeek(Position after, String alias) {
        if (after == null) {
            return "";
        }
        String keyColumn = alias + "." + column;
        String idColumn = alias + ".id";
        String beyond = ascending ? " > " : " < ";
        if (after.key() == null) {
            return " and " + keyColumn + " is null and " + idColumn + beyond + ":after_id";
        }
        return " and (" + keyColumn + beyond + ":after_key or " + keyColumn + " is null or (" + keyColumn
                + " = :after_key and " + idColumn + beyond + ":after_id))";
    }

    /** The parameters of {@link #sqlSeek}'s condition. */
    public Map<String, Object> sqlSeekParameters(Position after) {
        if (after == null) {
            return Map.of();
        }
        return after.key() == null ? Map.of("after_id", after.id()) : Map.of("after_id", after.id(), "after_key", after.key());
    }

    /**
     * {@link #sort()} in SQL, in the table or subquery named {@code alias}: the key in the list's direction, items
     * without one last, then the id.
     */
    public String sqlOrder(String alias) {
        String direction = ascending ? " asc" : " desc";
        return alias + "." + column + direction + " nulls last, " + alias + ".id" + direction;
    }

    /**
     * {@link #sort()} for views in memory, for rows whose order no statement promises, such as those of a UNION ALL
     * (SQL orders only what the whole statement's ORDER BY asks for). Exact for keys that Java and the database order
     * alike (dates, numbers), not for text, which the database orders by its collation.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<V> comparator() {
        Comparator<Comparable> direction = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<V> byKey = Comparator.comparing(view -> (Comparable) keyOf.apply(view), Comparator.nullsLast(direction));
        Comparator<V> byId = Comparator.comparing(idOf);
        return byKey.thenComparing(ascending ? byId : byId.reversed());
    }

    public Sort sort() {
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(new Sort.Order(direction, attribute).nullsLast(), new Sort.Order(direction, "id"));
    }

    String cursorOf(V view) {
        Object key = keyOf.apply(view);
        return new Cursor(list, idOf.apply(view), key == null ? null : key.toString()).encode();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate beyond(Root<E> root, CriteriaBuilder cb, Position after) {
        Comparable key = after.key();
        long id = after.id();
        Path<Comparable> value = root.get(attribute);
        Path<Long> idPath = root.get("id");
        Predicate idBeyond = ascending ? cb.greaterThan(idPath, id) : cb.lessThan(idPath, id);
        if (key == null) {
            // Past the last item with a value: only the value-less rest remains, ordered by id.
            return cb.and(cb.isNull(value), idBeyond);
        }
        Predicate valueBeyond = ascending ? cb.greaterThan(value, key) : cb.lessThan(value, key);
        return cb.or(valueBeyond, cb.isNull(value), cb.and(cb.equal(value, key), idBeyond));
    }

    private Comparable<?> parse(String key) {
        if (key == null) {
            return null;
        }
        try {
            return parseKey.apply(key);
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
