package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Tomas “Beto” Varga carried a sign": a quoted nickname inside a name leaves one person, not two, and no quote. */
class NicknameInNameTest {

    private static final String[] TEXT = {"Cafe owner Lena Brisk and Ari Tamsin, the bar's manager, rode on the lead float.",
            "Tomas \"Beto\" Varga, a retired welder, carried a hand-painted banner. \"I walked the whole route without stopping,\" he said."};

    @Test
    void aQuotedNicknameKeepsTheNameWholeAsTheSubjectForHe() {
        ExtractedQuote quote = Extract.quote("walked the whole route", TEXT);
        assertThat(quote.speaker().name()).isEqualTo("Tomas Beto Varga");
        assertThat(quote.method()).isEqualTo(AttributionMethod.PRONOUN);
    }

    @Test
    void aQuotedNicknameInsideANameIsNoQuote() {
        assertThat(Extract.quotes(TEXT)).noneMatch(q -> q.text().contains("Beto"));
    }
}
