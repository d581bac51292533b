package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An age ("64-year-old") inside a description modifies its head like a word: the description keeps its determiner. */
class AgeInDescriptionTest {

    private static final String LEAD = "Ivo Brandt leaves the water agency this month. When he took office as its chief engineer, he put rivers first.";

    @Test
    void definiteDescriptionWithAnAgeFindsThePersonItDescribes() {
        assertThat(Extract.speaker("rivers came first", LEAD,
                "\"From the start, rivers came first,\" the 64-year-old engineer told a radio host.")).isEqualTo("Ivo Brandt");
    }

    @Test
    void adjectivesListedBeforeTheAgeStayInTheDescription() {
        assertThat(Extract.speaker("rivers came first", LEAD,
                "\"From the start, rivers came first,\" the soft-spoken, 64-year-old engineer told a radio host.")).isEqualTo("Ivo Brandt");
    }
}
