package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speech verb after a quote and its comma is inverted ("“…,” says Lee") only where its subject follows it; before
 * "that" the verb's subject stands before it, and the quote is a title inside that subject.
 */
class InvertedVerbBeforeThatTest {

    @Test
    void aVerbBeforeThatAfterAQuotedTitleIsNotGivenTheNameInItsClause() {
        ExtractedQuote q = Extract.quote("reckless and vain",
                "Dana Pruitt has fought the zoning plan for months. Omar Feld backs it.",
                "The flyer, titled \"Wake Up\", claims that Feld is too \"reckless and vain\" to lead.");
        assertThat(q.method().certain()).isFalse();
    }
}
