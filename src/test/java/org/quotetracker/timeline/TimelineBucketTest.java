package org.quotetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A bucket's count, and how far back its newest quotes reach. */
class TimelineBucketTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);
    private static final LocalDate SECOND = LocalDate.of(2025, 3, 10);
    private static final LocalDate THIRD = LocalDate.of(2025, 3, 20);

    private final TimelineBucket march = new TimelineBucket(1, new TimelineQuery(Granularity.MONTH, null, null, null),
            LocalDate.of(2025, 3, 1), new TreeMap<>(Map.of(FIRST, 4L, SECOND, 1L, THIRD, 2L)));

    @Test
    void countIsTheSumOfItsDays() {
        assertThat(march.count()).isEqualTo(7);
    }

    @Test
    void newestQuotesReachBackOnlyAsFarAsNeeded() {
        assertThat(march.earliestDayFor(1)).isEqualTo(THIRD);
        assertThat(march.earliestDayFor(2)).isEqualTo(THIRD);
        assertThat(march.earliestDayFor(3)).isEqualTo(SECOND);
        assertThat(march.earliestDayFor(4)).isEqualTo(FIRST);
    }

    @Test
    void askingForMoreThanThereAreReachesTheFirstDay() {
        assertThat(march.earliestDayFor(100)).isEqualTo(FIRST);
    }

    @Test
    void askingForNoneReadsNothing() {
        assertThat(march.earliestDayFor(0)).isNull();
    }
}
