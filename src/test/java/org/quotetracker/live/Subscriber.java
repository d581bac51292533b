package org.quotetracker.live;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

/**
 * A graphql-ws client subscribed to {@code quoteAdded} over a WebSocket of its own, collecting what arrives. Opened
 * only once the server counts the subscription, so that what a test stores afterwards is bound to reach it; closed
 * only once the server has let it go, so that the next test's count starts from a settled baseline (a subscription
 * still closing on the server had made the next one's count fall back to the baseline instead of rising above it).
 */
final class Subscriber implements AutoCloseable {

    static final String QUOTE_ADDED = """
            subscription ($filter: QuoteFilter) {
              quoteAdded(filter: $filter) { id text role speaker { name } article { id headline } }
            }""";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
    private final Disposable subscription;
    private final LiveQuotes live;
    private final int before;

    @SuppressWarnings("unchecked")
    private Subscriber(int port, Map<String, Object> filter, LiveQuotes live) {
        WebSocketGraphQlTester tester = WebSocketGraphQlTester
                .builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient()).build();
        this.live = live;
        this.before = live.subscriptions();
        subscription = tester.document(QUOTE_ADDED).variable("filter", filter).executeSubscription()
                .toFlux("quoteAdded", Map.class)
                .subscribe(quote -> received.add((Map<String, Object>) quote), failures::add);
        await().atMost(WAIT).until(() -> live.subscriptions() > before || !failures.isEmpty());
    }

    static Subscriber to(int port, Map<String, Object> filter, LiveQuotes live) {
        return new Subscriber(port, filter, live);
    }

    /** The next quote to arrive; fails when none does in time. */
    Map<String, Object> next() throws InterruptedException {
        Map<String, Object> quote = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (quote == null) {
            throw new AssertionError("No quote arrived in " + WAIT.toSeconds() + " s" + (failures.isEmpty() ? "" : ": " + failures));
        }
        return quote;
    }

    @Override
    public void close() {
        subscription.dispose();
        await().atMost(WAIT).until(() -> live.subscriptions() <= before);
    }
}
