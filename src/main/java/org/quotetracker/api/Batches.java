package org.quotetracker.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lines up what a batch loader fetched in one query with the parents GraphQL asked for, in their order. */
public final class Batches {

    private Batches() {
    }

    public static <P, K, V> List<V> onePerParent(List<P> parents, Function<P, K> keyOf, Map<K, V> loaded) {
        return parents.stream().map(parent -> loaded.get(keyOf.apply(parent))).toList();
    }

    public static <P, K, V> List<List<V>> listPerParent(List<P> parents, Function<P, K> keyOf, Map<K, List<V>> loaded) {
        return parents.stream().map(parent -> loaded.getOrDefault(keyOf.apply(parent), List.of())).toList();
    }
}
