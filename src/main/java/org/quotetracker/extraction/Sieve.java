package org.quotetracker.extraction;

/**
 * One rule of attribution, a stage of {@link Stages#SIEVES}: from what the reading of a quote found, the speaker it
 * gives the quote. A sieve reaches only the quotes no earlier sieve attributed, unless it overrules them.
 */
interface Sieve {

    /** The speaker this sieve gives the quote, given what the earlier sieves gave (null when none did). */
    default Attribution attribute(QuoteReading quote, Attribution earlier) {
        return earlier != null ? earlier : propose(quote);
    }

    /** The speaker this sieve finds for the quote, or null. */
    Attribution propose(QuoteReading quote);
}
