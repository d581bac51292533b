package org.quotetracker.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.quotetracker.quotes.QuoteCriteria;
import org.quotetracker.quotes.QuoteFilter;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.quotes.QuoteViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The open {@code quoteAdded} subscriptions, and the delivery of newly stored quotes to them. A channel (in process on
 * H2, LISTEN/NOTIFY on PostgreSQL) hands over the ids of committed quotes; one delivery thread asks the database
 * which of them each distinct filter keeps, with the very criteria of the {@code quotes} query, and offers those to
 * the subscribers. Memory stays bounded: each subscriber holds at most {@link LiveProperties#buffer} undelivered
 * quotes, and the hand-over queue is bounded too (a full one makes the storing thread deliver itself).
 */
@Service
public class LiveQuotes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveQuotes.class);

    /** Ids per query: an IN list the databases plan well. */
    private static final int IDS_PER_QUERY = 500;

    private final QuoteViews quotes;
    private final LiveProperties properties;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor delivery;

    LiveQuotes(QuoteViews quotes, LiveProperties properties) {
        this.quotes = quotes;
        this.properties = properties;
        this.delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1000),
                runnable -> {
                    Thread thread = new Thread(runnable, "live-quotes");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** The quotes stored from now on that {@code filter} keeps (all of them for null), in the order stored. */
    public Flux<QuoteView> added(QuoteFilter filter) {
        return Flux.defer(() -> {
            Subscriber subscriber = new Subscriber(filter, Sinks.many().unicast()
                    .onBackpressureBuffer(new ArrayBlockingQueue<QuoteView>(properties.buffer())), Sinks.empty());
            synchronized (subscribers) {
                if (subscribers.size() >= properties.maxSubscriptions()) {
                    return Flux.error(LiveError.TOO_MANY_SUBSCRIPTIONS.failure("This server already has "
                            + properties.maxSubscriptions() + " live subscriptions open; try again later"));
                }
                subscribers.add(subscriber);
            }
            // Merged, the end's error reaches the subscriber at once, however many quotes it has not taken yet.
            return Flux.merge(subscriber.end().asMono(), subscriber.sink().asFlux())
                    .doFinally(signal -> subscribers.remove(subscriber));
        });
    }

    /** Hands over committed quotes for delivery; returns at once unless deliveries are far behind. */
    public void publish(List<Long> quoteIds) {
        if (!quoteIds.isEmpty() && !subscribers.isEmpty()) {
            delivery.execute(() -> deliver(quoteIds));
        }
    }

    /** How many subscriptions are open, for tests that must know a subscription is in place before storing. */
    public int subscriptions() {
        return subscribers.size();
    }

    private void deliver(List<Long> quoteIds) {
        try {
            Map<QuoteFilter, List<Subscriber>> byFilter = new LinkedHashMap<>();
            subscribers.forEach(subscriber -> byFilter.computeIfAbsent(subscriber.filter(), f -> new ArrayList<>()).add(subscriber));
            for (Map.Entry<QuoteFilter, List<Subscriber>> entry : byFilter.entrySet()) {
                List<QuoteView> kept = kept(entry.getKey(), quoteIds);
                entry.getValue().forEach(subscriber -> kept.forEach(quote -> offer(subscriber, quote)));
            }
        } catch (RuntimeException e) {
            // A failed look-up must not stop the delivery thread; the subscribers miss these quotes, which the log says.
            log.error("Could not deliver {} new quotes to live subscribers", quoteIds.size(), e);
        }
    }

    private List<QuoteView> kept(QuoteFilter filter, List<Long> quoteIds) {
        List<QuoteView> kept = new ArrayList<>();
        for (int from = 0; from < quoteIds.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = quoteIds.subList(from, Math.min(quoteIds.size(), from + IDS_PER_QUERY));
            kept.addAll(quotes.newestFirst(QuoteCriteria.matching(filter).and(QuoteCriteria.withIdIn(chunk))));
        }
        kept.sort(Comparator.comparing(QuoteView::id));
        return kept;
    }

    private void offer(Subscriber subscriber, QuoteView quote) {
        Sinks.EmitResult result = subscriber.sink().tryEmitNext(quote);
        if (result == Sinks.EmitResult.FAIL_OVERFLOW) {
            subscribers.remove(subscriber);
            subscriber.end().tryEmitError(LiveError.SUBSCRIBER_TOO_SLOW.failure("The subscription fell "
                    + properties.buffer() + " quotes behind and was ended; subscribe again to go on"));
        } else if (result.isFailure()) {
            subscribers.remove(subscriber);
        }
    }

    /** Stops delivering; the web server, stopped before this, has closed the subscribers' connections already. */
    @Override
    public void destroy() {
        delivery.shutdownNow();
    }

    /** One subscription: its filter, the quotes it has yet to take, and how it ends early. */
    private record Subscriber(QuoteFilter filter, Sinks.Many<QuoteView> sink, Sinks.Empty<QuoteView> end) {

        // Each subscription is a subscriber of its own, even with the same filter.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
