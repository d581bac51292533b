package org.quotetracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.quotes.QuoteViews;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts quotes per speaker and period, and fetches the newest quotes of periods, each in one query for any number
 * of speakers and periods. The database counts per speaker and day (GROUP BY on the indexed {@code said_on}, no
 * date functions, so H2 and PostgreSQL read it alike); days are folded into periods here, which costs no more than
 * the days there are.
 */
@Service
@Transactional(readOnly = true)
class Timelines {

    private final EntityManager entityManager;
    private final QuoteViews quotes;

    Timelines(EntityManager entityManager, QuoteViews quotes) {
        this.entityManager = entityManager;
        this.quotes = quotes;
    }

    /** Each speaker's buckets, oldest first; speakers without matching quotes get an empty list. */
    Map<Long, List<TimelineBucket>> of(Collection<Long> speakerIds, TimelineQuery query) {
        Map<Long, TreeMap<LocalDate, TreeMap<LocalDate, Long>>> periods = new HashMap<>();
        for (Tuple row : countsPerDay(speakerIds, query)) {
            LocalDate day = row.get(1, LocalDate.class);
            periods.computeIfAbsent(row.get(0, Long.class), id -> new TreeMap<>())
                    .computeIfAbsent(query.granularity().startOf(day), start -> new TreeMap<>())
                    .put(day, row.get(2, Long.class));
        }
        return speakerIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> periods
                .getOrDefault(id, new TreeMap<>()).entrySet().stream()
                .map(period -> new TimelineBucket(id, query, period.getKey(), period.getValue()))
                .toList()));
    }

    /**
     * The newest quotes of each slice's bucket. One query reads, for every bucket, only the days from its last back
     * to the day by which enough quotes are passed ({@link TimelineBucket#earliestDayFor}).
     */
    Map<BucketSlice, List<QuoteView>> newestQuotes(Set<BucketSlice> slices) {
        Map<BucketSlice, List<QuoteView>> result = new HashMap<>();
        slices.forEach(slice -> result.put(slice, List.of()));
        Map<TimelineQuery, List<BucketSlice>> byQuery = slices.stream()
                .filter(slice -> slice.bucket().earliestDayFor(slice.first()) != null)
                .collect(Collectors.groupingBy(slice -> slice.bucket().query()));
        byQuery.forEach((query, sameQuery) -> {
            Map<Long, TreeMap<LocalDate, List<QuoteView>>> byDay = quotes.newestFirst(query.criteria().and(daysOf(sameQuery)))
                    .stream().collect(Collectors.groupingBy(QuoteView::speakerId,
                            Collectors.groupingBy(QuoteView::saidOn, TreeMap::new, Collectors.toList())));
            for (BucketSlice slice : sameQuery) {
                TimelineBucket bucket = slice.bucket();
                result.put(slice, byDay.getOrDefault(bucket.speakerId(), new TreeMap<>())
                        .subMap(bucket.days().firstKey(), true, bucket.days().lastKey(), true)
                        .descendingMap().values().stream().flatMap(List::stream).limit(slice.first()).toList());
            }
        });
        return result;
    }

    private List<Tuple> countsPerDay(Collection<Long> speakerIds, TimelineQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> counts = cb.createTupleQuery();
        Root<Quote> quote = counts.from(Quote.class);
        Path<Long> speaker = quote.get("speaker").get("id");
        Path<LocalDate> saidOn = quote.get("saidOn");
        counts.select(cb.tuple(speaker, saidOn, cb.count(quote)))
                .where(cb.and(speaker.in(speakerIds), query.criteria().toPredicate(quote, counts, cb)))
                .groupBy(speaker, saidOn);
        return entityManager.createQuery(counts).getResultList();
    }

    /** Each slice's speaker on the days that hold its newest quotes. */
    private static Specification<Quote> daysOf(List<BucketSlice> slices) {
        return (root, query, cb) -> {
            List<Predicate> ranges = new ArrayList<>();
            for (BucketSlice slice : slices) {
                TimelineBucket bucket = slice.bucket();
                ranges.add(cb.and(cb.equal(root.get("speaker").get("id"), bucket.speakerId()),
                        cb.between(root.get("saidOn"), bucket.earliestDayFor(slice.first()), bucket.days().lastKey())));
            }
            return cb.or(ranges.toArray(Predicate[]::new));
        };
    }
}
