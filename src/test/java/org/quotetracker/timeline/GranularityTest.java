package org.quotetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GranularityTest {

    private static final LocalDate THURSDAY_14_AUGUST = LocalDate.of(2025, 8, 14);

    @Test
    void dayIsItsOwnPeriod() {
        assertThat(Granularity.DAY.startOf(THURSDAY_14_AUGUST)).isEqualTo(THURSDAY_14_AUGUST);
    }

    @Test
    void weekStartsOnMonday() {
        assertThat(Granularity.WEEK.startOf(THURSDAY_14_AUGUST)).isEqualTo(LocalDate.of(2025, 8, 11));
        assertThat(Granularity.WEEK.startOf(LocalDate.of(2025, 8, 11))).isEqualTo(LocalDate.of(2025, 8, 11));
    }

    @Test
    void weekMayStartInTheYearBefore() {
        assertThat(Granularity.WEEK.startOf(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void monthQuarterAndYearStartOnTheirFirstDay() {
        assertThat(Granularity.MONTH.startOf(THURSDAY_14_AUGUST)).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(Granularity.QUARTER.startOf(THURSDAY_14_AUGUST)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Granularity.QUARTER.startOf(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Granularity.YEAR.startOf(THURSDAY_14_AUGUST)).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
