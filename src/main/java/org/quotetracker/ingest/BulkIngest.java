package org.quotetracker.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.springframework.stereotype.Service;

/**
 * Ingests many articles as a bounded pipeline: reading and extraction run ahead on worker threads, a single writer
 * stores them in order, {@link #ARTICLES_PER_COMMIT} whole articles per transaction. A crash leaves every article
 * whole or absent, as with one transaction each, but takes back up to that many uncommitted articles, which a rerun
 * stores. An article is reported stored only once committed; when a group's transaction fails, its articles are
 * stored one at a time so that only the file at fault fails. People are resolved in the order given, as one by one.
 */
@Service
public class BulkIngest {

    static final int ARTICLES_PER_COMMIT = 32;

    /** One article to ingest: a name to report it by, and how to read its text (on a worker thread). */
    public record Source(String name, Callable<String> text) {
    }

    /** Hears of each article once its outcome is final: committed, or failed with a message. */
    public interface Outcomes {

        void stored(String name, IngestResult result);

        void failed(String name, String message);
    }

    private record Prepared(Source source, PreparedArticle article) {
    }

    private record Pending(Source source, Future<PreparedArticle> article) {
    }

    private final ArticleIngester ingester;

    BulkIngest(ArticleIngester ingester) {
        this.ingester = ingester;
    }

    /** Ingests the sources with {@code workers} extraction threads; returns once every outcome was reported. */
    public void run(List<Source> sources, int workers, Outcomes outcomes) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "ingest-extract");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Bounded: extraction runs at most two commits ahead of the writer, whatever the number of files.
            int window = 2 * ARTICLES_PER_COMMIT;
            Iterator<Source> next = sources.iterator();
            Deque<Pending> ahead = new ArrayDeque<>();
            List<Prepared> group = new ArrayList<>();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < window) {
                    Source source = next.next();
                    ahead.add(new Pending(source,
                            pool.submit(() -> ingester.prepare(ArticleSubmission.of(source.text().call())))));
                }
                Prepared prepared = take(ahead.remove(), outcomes);
                if (prepared != null) {
                    group.add(prepared);
                }
                if (group.size() == ARTICLES_PER_COMMIT || (!next.hasNext() && ahead.isEmpty())) {
                    commit(group, outcomes);
                    group.clear();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The pending article once extracted, or null when it could not be read or extracted (reported here). */
    private static Prepared take(Pending pending, Outcomes outcomes) throws InterruptedException {
        try {
            return new Prepared(pending.source(), pending.article().get());
        } catch (ExecutionException e) {
            outcomes.failed(pending.source().name(), messageOf(e.getCause()));
            return null;
        }
    }

    private void commit(List<Prepared> group, Outcomes outcomes) {
        if (group.isEmpty()) {
            return;
        }
        List<IngestResult> results;
        try {
            results = ingester.storeAll(group.stream().map(Prepared::article).toList());
        } catch (RuntimeException groupFailed) {
            group.forEach(prepared -> commitAlone(prepared, outcomes));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            outcomes.stored(group.get(i).source().name(), results.get(i));
        }
    }

    private void commitAlone(Prepared prepared, Outcomes outcomes) {
        try {
            outcomes.stored(prepared.source().name(), ingester.storeAll(List.of(prepared.article())).get(0));
        } catch (RuntimeException e) {
            outcomes.failed(prepared.source().name(), messageOf(e));
        }
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
