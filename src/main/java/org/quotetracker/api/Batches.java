package org.quotetracker.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/** Lines up what a batch loader fetched in one query with the parents GraphQL asked for, in their order. */
public final class Batches {

    private Batches() {
    }

    /**
     * What each parent links to, keyed by the parent; a parent whose row is gone (deleted by a write that landed
     * between reading the parents and loading their links) is left out, and GraphQL answers its field with null. A
     * list would need a null element there, which the batch loader's plumbing rejects as an internal error.
     */
    public static <P, K, V> Map<P, V> onePerParent(List<P> parents, Function<P, K> keyOf, Map<K, V> loaded) {
        Map<P, V> byParent = new HashMap<>();
        for (P parent : parents) {
            V value = loaded.get(keyOf.apply(parent));
            if (value != null) {
                byParent.put(parent, value);
            }
        }
        return byParent;
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
