package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An opening time clause whose verb of speaking takes no words ("As Pratt spoke, …") says when the main clause
 * happened: its verb does not govern a quote in the main clause.
 */
class OpeningTimeClauseTest {

    @Test
    void aQuoteAfterAsSheSpokeIsNotGovernedByHerVerb() {
        String[] text = {
                "Senator Joan Pratt addressed the chamber on Monday about the housing bill.",
                "As Pratt spoke, the Harbor Builders Union was whipping members against \"any new permit fees\" in the county."};
        assertThat(Extract.quote("any new permit fees", text).cue()).isNotEqualTo("spoke");
    }

    @Test
    void aQuoteAfterAsItReportedIsTheReporters() {
        String[] text = {
                "Senator Joan Pratt addressed the chamber on Monday about the housing bill.",
                "As the Harbor Gazette reported, \"the vote was never in doubt after the second reading.\""};
        assertThat(Extract.speaker("never in doubt", text)).isEqualTo("Harbor Gazette");
    }
}
