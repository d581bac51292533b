package org.quotetracker.extraction;

/** How precisely the date a quote was said is known. */
public enum DatePrecision {
    /** The day is known. */
    DAY,
    /** No date can be told from the article. */
    UNKNOWN
}
