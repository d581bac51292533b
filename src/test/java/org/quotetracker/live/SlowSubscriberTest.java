package org.quotetracker.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.Writes;
import org.reactivestreams.Subscription;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import reactor.core.publisher.BaseSubscriber;

@LiveTest
class SlowSubscriberTest {

    @Autowired
    LiveQuotes live;

    HttpGraphQlTester graphQlTester;

    @Autowired
    void graphQlTester(HttpGraphQlTester tester) {
        graphQlTester = tester.mutate().webTestClient(client -> client.responseTimeout(Duration.ofMinutes(1))).build();
    }

    @Test
    void aSubscriberThatFallsFurtherBehindThanItsBufferIsEndedWithAnError() {
        List<Long> stored = List.of("slow one", "slow two", "slow three").stream()
                .map(subject -> Writes.ingest(graphQlTester, SampleArticles.quoting(subject, "Eva Strand", "Leif Moen")))
                .flatMap(article -> Writes.quotesOf(graphQlTester, article).stream())
                .map(quote -> Long.valueOf((String) quote.get("id")))
                .toList();
        NotReading subscriber = new NotReading();
        live.added(null).subscribe(subscriber);

        live.publish(stored);

        await().atMost(Duration.ofSeconds(30)).until(() -> subscriber.failure.get() != null);
        assertThat(stored).hasSizeGreaterThan(LiveTest.BUFFER);
        assertThat(subscriber.failure.get()).isInstanceOfSatisfying(LiveError.LiveFailure.class,
                failure -> assertThat(failure.type()).isEqualTo(LiveError.SUBSCRIBER_TOO_SLOW));
        assertThat(subscriber.received).isEmpty();
    }

    /** Takes nothing: every quote offered stays in its buffer. */
    private static final class NotReading extends BaseSubscriber<QuoteView> {

        final List<QuoteView> received = new CopyOnWriteArrayList<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
        }

        @Override
        protected void hookOnNext(QuoteView quote) {
            received.add(quote);
        }

        @Override
        protected void hookOnError(Throwable error) {
            failure.set(error);
        }
    }
}
