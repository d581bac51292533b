package org.quotetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quotetracker.extraction.Speaker;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.ingest.ArticleIngester;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.TestArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Periods and their newest quotes over quotes spread across days. Each test's articles are rolled back. */
@ApiTest
@Transactional
class TimelinesTest {

    private static final LocalDate JAN_5 = LocalDate.of(2033, 1, 5);
    private static final LocalDate JAN_20 = LocalDate.of(2033, 1, 20);
    private static final LocalDate FEB_2 = LocalDate.of(2033, 2, 2);
    private static final LocalDate APR_9 = LocalDate.of(2033, 4, 9);

    @Autowired
    ArticleIngester ingester;

    @Autowired
    Timelines timelines;

    @Autowired
    PersonViews people;

    @Test
    void quotesFallIntoTheirPeriodsAndCountsAddUp() {
        long speaker = quotedOn(JAN_5, JAN_5, JAN_20, FEB_2, APR_9);

        List<TimelineBucket> months = timelines.of(List.of(speaker), query(Granularity.MONTH)).get(speaker);
        List<TimelineBucket> quarters = timelines.of(List.of(speaker), query(Granularity.QUARTER)).get(speaker);

        assertThat(months).extracting(TimelineBucket::start)
                .containsExactly(LocalDate.of(2033, 1, 1), LocalDate.of(2033, 2, 1), LocalDate.of(2033, 4, 1));
        assertThat(months).extracting(TimelineBucket::count).containsExactly(3, 1, 1);
        assertThat(quarters).extracting(TimelineBucket::count).containsExactly(4, 1);
    }

    @Test
    void periodsNewestQuotesComeNewestFirstFromThatPeriodOnly() {
        long speaker = quotedOn(JAN_5, JAN_5, JAN_20, FEB_2);
        TimelineBucket january = timelines.of(List.of(speaker), query(Granularity.MONTH)).get(speaker).get(0);
        BucketSlice firstTwo = new BucketSlice(january, 2);
        BucketSlice all = new BucketSlice(january, 10);

        var newest = timelines.newestQuotes(Set.of(firstTwo, all));

        assertThat(newest.get(firstTwo)).extracting(QuoteView::saidOn).containsExactly(JAN_20, JAN_5);
        assertThat(newest.get(all)).extracting(QuoteView::saidOn).containsExactly(JAN_20, JAN_5, JAN_5);
    }

    @Test
    void speakerWithoutQuotesInRangeHasAnEmptyTimeline() {
        long speaker = quotedOn(JAN_5);

        assertThat(timelines.of(List.of(speaker), new TimelineQuery(Granularity.DAY, FEB_2, null, null)).get(speaker)).isEmpty();
    }

    /** A new speaker quoted once on each day given, each time with other words; returns their id. */
    private long quotedOn(LocalDate... days) {
        TestArticle article = TestArticle.publishedOn(APR_9);
        for (int i = 0; i < days.length; i++) {
            article.quote(new Speaker("Ilse Timeline", SpeakerKind.PERSON), null, "Words number " + i, days[i]);
        }
        ingester.store(article.build());
        return people.mostQuotedKnownAs("Ilse Timeline").id();
    }

    private static TimelineQuery query(Granularity granularity) {
        return new TimelineQuery(granularity, null, null, null);
    }
}
