package org.quotetracker.timeline;

import java.time.LocalDate;

import org.quotetracker.errors.InvalidInput;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteCriteria;
import org.quotetracker.quotes.QuoteFilter;
import org.springframework.data.jpa.domain.Specification;

/** Which quotes a timeline or contrast counts, and into which periods. */
record TimelineQuery(Granularity granularity, LocalDate from, LocalDate to, String text) {

    TimelineQuery {
        if (granularity == null) {
            granularity = Granularity.MONTH;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from (" + from + ") must not be after to (" + to + ")");
        }
    }

    /** The dated quotes the query counts; the same criteria as {@code quotes(filter: {text, from, to})}. */
    Specification<Quote> criteria() {
        Specification<Quote> dated = (root, query, cb) -> cb.isNotNull(root.get("saidOn"));
        return dated.and(QuoteCriteria.matching(new QuoteFilter(null, text, from, to, null, null)));
    }
}
