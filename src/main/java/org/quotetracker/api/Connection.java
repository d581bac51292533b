package org.quotetracker.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One page of a Relay cursor connection. {@code totalCount} is only counted when a query asks for it.
 *
 * @param counter counts the matching items over all pages
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

    /**
     * Builds the page from the rows fetched for it: one row more than asked for tells that a next page exists.
     */
    static <T> Connection<T> of(List<T> rows, PageArguments page, Function<T, String> cursorOf, LongSupplier counter) {
        boolean hasNext = rows.size() > page.first();
        List<Edge<T>> edges = rows.stream().limit(page.first()).map(row -> new Edge<>(cursorOf.apply(row), row)).toList();
        PageInfo info = new PageInfo(
                hasNext,
                page.after() != null,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, counter);
    }

    /**
     * This page without the items {@code keep} refuses, e.g. those deleted while the page was read. The cursors stay
     * those of the page as read, so that the next page goes on from where this one was read to.
     */
    public Connection<T> retaining(Predicate<T> keep) {
        List<Edge<T>> kept = edges.stream().filter(edge -> keep.test(edge.node())).toList();
        return kept.size() == edges.size() ? this : new Connection<>(kept, pageInfo, counter);
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public int totalCount() {
        return Math.toIntExact(counter.getAsLong());
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
