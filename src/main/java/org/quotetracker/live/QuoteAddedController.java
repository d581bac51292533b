package org.quotetracker.live;

import org.quotetracker.quotes.QuoteFilter;
import org.quotetracker.quotes.QuoteView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * {@code quoteAdded}: read-only like the queries, so open to anyone. Its quotes resolve their speaker and article
 * with the same mappings as every other {@code Quote}.
 */
@Controller
class QuoteAddedController {

    private final LiveQuotes live;

    QuoteAddedController(LiveQuotes live) {
        this.live = live;
    }

    @SubscriptionMapping
    Flux<QuoteView> quoteAdded(@Argument QuoteFilter filter) {
        return live.added(filter);
    }
}
