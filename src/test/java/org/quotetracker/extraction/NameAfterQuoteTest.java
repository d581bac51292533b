package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Between a closing quote and its speech verb a lone capitalised word is the verb's subject, a name. */
class NameAfterQuoteTest {

    @Test
    void aSurnameThatIsAlsoALexiconWordSpeaksAfterTheQuote() {
        assertThat(Extract.speaker("rent will double", "Lena Backer, a lawyer for the tenants, spoke first.",
                "\"The rent will double by spring,\" Backer says.")).isEqualTo("Lena Backer");
    }

    @Test
    void aSurnameThatIsAlsoAMonthSpeaksAfterTheQuote() {
        assertThat(Extract.speaker("trusts the figures", "The critic Mei Jun disagreed with the plan.",
                "\"Nobody on the street trusts the figures,\" Jun wrote.")).isNotNull().endsWith("Jun");
    }

    @Test
    void aSurnameThatIsAlsoAFunctionWordSpeaksAfterTheQuote() {
        assertThat(Extract.speaker("old map", "Gus From ran the council for years.",
                "\"The old map no longer fits,\" From said.")).isNotNull().endsWith("From");
    }
}
