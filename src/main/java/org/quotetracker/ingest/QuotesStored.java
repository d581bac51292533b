package org.quotetracker.ingest;

import java.util.List;

/**
 * Quotes of newly read articles, published inside the transaction that stores them (ingestArticle, the ingest command,
 * the seed loader), so that a listener can act before or after its commit. Re-extraction replaces quotes rather than
 * adding any, and publishes none.
 *
 * @param quoteIds the stored quotes' ids, in the order stored
 */
public record QuotesStored(List<Long> quoteIds) {

    public QuotesStored {
        quoteIds = List.copyOf(quoteIds);
    }
}
