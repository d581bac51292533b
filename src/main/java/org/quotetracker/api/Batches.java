package org.quotetracker.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/** Lines up what a batch loader fetched in one query with the parents GraphQL asked for, in their order. */
public final class Batches {

    private Batches() {
    }

    public static <P, K, V> List<V> onePerParent(List<P> parents, Function<P, K> keyOf, Map<K, V> loaded) {
        return parents.stream().map(parent -> loaded.get(keyOf.apply(parent))).toList();
    }

    /**
     * Gives the batch loader named {@code loader} what a parent's query already read for some of these parents, so
     * that it asks the database only about the others (none, when everything was read). The loader must be keyed by
     * the parents themselves, as those of {@code @BatchMapping}s are.
     */
    public static <P, K, V> void prime(DataFetchingEnvironment env, String loader, List<P> parents, Function<P, K> keyOf,
                                       Map<K, V> loaded) {
        if (loaded.isEmpty()) {
            return;
        }
        DataLoader<P, V> dataLoader = env.getDataLoader(loader);
        for (P parent : parents) {
            V value = loaded.get(keyOf.apply(parent));
            if (value != null) {
                dataLoader.prime(parent, value);
            }
        }
    }

    public static <P, K, V> List<List<V>> listPerParent(List<P> parents, Function<P, K> keyOf, Map<K, List<V>> loaded) {
        return parents.stream().map(parent -> loaded.getOrDefault(keyOf.apply(parent), List.of())).toList();
    }
}
