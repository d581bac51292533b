package org.quotetracker.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The GraphQL {@code Granularity}: how long the periods of a timeline are, and on which day each starts. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The first day of the period that holds {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }
}
