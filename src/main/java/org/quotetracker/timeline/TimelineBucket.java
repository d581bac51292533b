package org.quotetracker.timeline;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The GraphQL {@code TimelineBucket}: one speaker's matching quotes in one period. It keeps how many fell on each
 * day, so that the period's newest quotes can be fetched without reading the rest of the period.
 *
 * @param days the number of quotes on each day of the period that has any
 */
public record TimelineBucket(long speakerId, TimelineQuery query, LocalDate start, NavigableMap<LocalDate, Long> days) {

    static TimelineBucket empty(long speakerId, TimelineQuery query, LocalDate start) {
        return new TimelineBucket(speakerId, query, start, new TreeMap<>());
    }

    public int count() {
        return Math.toIntExact(days.values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * The earliest day that must be read to find the newest {@code first} quotes: walking back from the last day
     * until enough quotes are passed. Null when none are wanted or there are none.
     */
    LocalDate earliestDayFor(int first) {
        if (first == 0 || days.isEmpty()) {
            return null;
        }
        long seen = 0;
        for (var day : days.descendingMap().entrySet()) {
            seen += day.getValue();
            if (seen >= first) {
                return day.getKey();
            }
        }
        return days.firstKey();
    }
}
