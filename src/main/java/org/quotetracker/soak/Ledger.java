package org.quotetracker.soak;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every write the server acknowledged, to check at the end that each is there exactly once. Corrections and deletions
 * claim an article first, so that no two of them change the same article at once and the expectation stays exact.
 */
final class Ledger {

    /** An article the server stored, its quotes, and the speakers corrections gave some of them. */
    record Stored(long id, String url, Set<Long> quoteIds, Map<Long, String> correctedSpeakers) {
    }

    /** The speaker of a quote whose correction failed: applied or not, either is right. */
    static final String EITHER = "";

    private final Map<Long, Stored> live = new ConcurrentHashMap<>();
    private final Set<Long> deleted = ConcurrentHashMap.newKeySet();
    private final Set<Long> unsure = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingDeque<Long> idle = new LinkedBlockingDeque<>();
    private final Set<String> newNames = ConcurrentHashMap.newKeySet();

    void stored(Stored article) {
        live.put(article.id(), article);
        idle.offerLast(article.id());
    }

    /** An article no other correction or deletion is busy with: the newest or the oldest, as it falls. */
    Optional<Stored> claim() {
        Long id = ThreadLocalRandom.current().nextBoolean() ? idle.pollFirst() : idle.pollLast();
        return Optional.ofNullable(id).map(live::get);
    }

    void release(Stored article) {
        idle.offerLast(article.id());
    }

    void deleted(Stored article) {
        live.remove(article.id());
        deleted.add(article.id());
    }

    /** A deletion that failed: the article may be there or not, and is left out of the check. */
    void unsure(Stored article) {
        live.remove(article.id());
        unsure.add(article.id());
    }

    /** A name that first came into the database through the soak (bursts, corrections), expected as one person. */
    void introduced(String name) {
        newNames.add(name);
    }

    Collection<Stored> live() {
        return live.values();
    }

    Set<Long> deletedIds() {
        return deleted;
    }

    Set<Long> unsureIds() {
        return unsure;
    }

    Set<String> newNames() {
        return newNames;
    }
}
