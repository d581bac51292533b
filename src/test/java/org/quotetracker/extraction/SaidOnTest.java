package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SaidOnTest {

    /** Friday 31 May 2024. */
    private static String story(String... paragraphs) {
        return "Wire News\nTalks resume\nTalks resume\nGeneva (AFP) May 31, 2024\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private static LocalDate saidOn(String page) {
        return Extract.page(page).quotes().get(0).saidOn();
    }

    @Test
    void weekdayInTheAttributionMovesBackToThatDay() {
        assertThat(saidOn(story("Envoy Lisa Kramer said on Wednesday that the talks were \"back on track.\"")))
                .isEqualTo(LocalDate.of(2024, 5, 29));
    }

    @Test
    void weekdayOfTheStoryDateIsTheStoryDate() {
        assertThat(saidOn(story("Envoy Lisa Kramer said Friday that the talks were \"back on track.\"")))
                .isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void explicitDayWinsOverTheStoryDate() {
        assertThat(saidOn(story("Envoy Lisa Kramer said on May 13 that the talks were \"back on track.\"")))
                .isEqualTo(LocalDate.of(2024, 5, 13));
    }

    @Test
    void weekdayOfTheLeadDatesLaterQuotes() {
        assertThat(saidOn(story("Officials met on Thursday to restart the talks, diplomats said.",
                "\"We are back on track,\" envoy Lisa Kramer told reporters.")))
                .isEqualTo(LocalDate.of(2024, 5, 30));
    }

    @Test
    void withoutAnyDayTheStoryDateIsTheDayAndItsPrecisionIsDay() {
        ExtractedQuote q = Extract.page(story("\"We are back on track,\" envoy Lisa Kramer told reporters.")).quotes().get(0);
        assertThat(q.saidOn()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(q.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void weekdayInsideTheQuoteDoesNotDateIt() {
        assertThat(saidOn(story("\"We meet again on Monday,\" envoy Lisa Kramer told reporters.")))
                .isEqualTo(LocalDate.of(2024, 5, 31));
    }
}
