package org.quotetracker.quotes;

import java.util.Map;

import org.quotetracker.api.Connection;
import org.quotetracker.api.PageArguments;
import org.quotetracker.people.PersonView;

/**
 * One person's {@code quotes} field, the key of its batch loader: people asked for with equal arguments are read
 * together.
 */
record SpeakerQuotes(PersonView speaker, Query query) {

    /** The field's arguments, and whether the query asks for {@code totalCount} and for the quotes' links. */
    record Query(QuoteFilter filter, QuoteOrder order, PageArguments page, boolean counted, boolean linked) {
    }

    /** The person's page, and the links of the quotes in it that are still stored (empty when not asked for). */
    record Read(Connection<QuoteView> page, Map<Long, QuoteLinks.Links> links) {
    }
}
