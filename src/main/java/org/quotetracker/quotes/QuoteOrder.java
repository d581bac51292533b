package org.quotetracker.quotes;

/** The orders quotes can be listed in; quotes with an unknown date come last in both. */
public enum QuoteOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
