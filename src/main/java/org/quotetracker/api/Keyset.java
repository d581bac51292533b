package org.quotetracker.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Keyset paging of a list ordered by one attribute (items without a value last) and then by id, both in the same
 * direction. A page continues with a "beyond the cursor" condition instead of an OFFSET, so the database can seek
 * straight to it through an index such as {@code (speaker_id, said_on DESC NULLS LAST, id DESC)}.
 *
 * @param list      the list's name, written into its cursors
 * @param attribute the entity attribute the list is ordered by
 * @param keyOf     the view's value of that attribute (may be null)
 * @param idOf      the view's id
 * @param parseKey  reads the attribute's value back from a cursor
 * @param <E>       the entity paged
 * @param <V>       the view of the entity the API returns
 */
public record Keyset<E, V>(
        String list,
        String attribute,
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
        return fetch(repository, criteria, page, toView, counter, sort());
    }

    /**
     * A page of {@code criteria} that hold {@code fixedAttribute} to one value, counted by {@code counter}. The order is
     * the same, but said to start with that attribute: H2 reads an index such as {@code (speaker_id, said_on, id)} in
     * order, and stops after a page, only when the ORDER BY starts with the index's first column.
     */
    public Connection<V> pageWithin(String fixedAttribute, JpaSpecificationExecutor<E> repository, Specification<E> criteria,
                                    PageArguments page, Function<E, V> toView, LongSupplier counter) {
        return fetch(repository, criteria, page, toView, counter, Sort.by(fixedAttribute).and(sort()));
    }

    private Connection<V> fetch(JpaSpecificationExecutor<E> repository, Specification<E> criteria, PageArguments page,
                                Function<E, V> toView, LongSupplier counter, Sort sort) {
        Specification<E> pageCriteria = page.after() == null ? criteria : criteria.and(beyond(Cursor.decode(page.after(), list)));
        List<V> rows = repository.findBy(pageCriteria, query -> query.sortBy(sort).limit(page.first() + 1).all())
                .stream().map(toView).toList();
        return Connection.of(rows, page, this::cursorOf, counter);
    }

    public Sort sort() {
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(new Sort.Order(direction, attribute).nullsLast(), new Sort.Order(direction, "id"));
    }

    String cursorOf(V view) {
        Object key = keyOf.apply(view);
        return new Cursor(list, idOf.apply(view), key == null ? null : key.toString()).encode();
    }

    private Specification<E> beyond(Cursor cursor) {
        Comparable<?> key = parse(cursor.key());
        return (root, query, cb) -> beyond(root, cb, key, cursor.id());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate beyond(Root<E> root, CriteriaBuilder cb, Comparable key, long id) {
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
