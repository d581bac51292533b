package org.quotetracker.quotes;

import java.time.LocalDate;

/** The GraphQL {@code Appearance}: one article's quote of a statement; its article is loaded in batches. */
public record Appearance(QuoteView quote) {

    public LocalDate saidOn() {
        return quote.saidOn();
    }

    public Long articleId() {
        return quote.articleId();
    }
}
