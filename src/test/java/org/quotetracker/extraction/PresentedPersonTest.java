package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short sentence that only presents a person ("Then there's X.") makes them whom the next "he" is about. */
class PresentedPersonTest {

    @Test
    void aPersonPresentedByThereIsIsWhomTheNextHeIsAbout() {
        assertThat(Extract.speaker("asleep at the wheel",
                "Mayor Tom Reed said the ferry would keep its winter timetable.",
                "Then there's Councilman Walt Brenner. \"The council has been asleep at the wheel for years,\" he wrote last week."))
                .isEqualTo("Walt Brenner");
    }

    @Test
    void aSentenceWithMoreThanANameAfterThereIsPresentsNoOne() {
        assertThat(Extract.speaker("asleep at the wheel",
                "Mayor Tom Reed said the ferry would keep its winter timetable.",
                "Then there is the budget of Councilman Walt Brenner. \"The council has been asleep at the wheel for years,\" he wrote last week."))
                .isEqualTo("Tom Reed");
    }
}
