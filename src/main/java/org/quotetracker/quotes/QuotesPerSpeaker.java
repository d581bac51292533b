package org.quotetracker.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The same page of quotes for each of many speakers, in one statement per page of people: {@code Person.quotes} on a
 * page of people. The statement is a UNION ALL of one ordered, limited part per speaker, so each part is the index
 * seek that one speaker's page is ({@code quote_speaker_said_idx}), and the statement count does not grow with the
 * people on a page.
 */
@Component
class QuotesPerSpeaker {

    /**
     * Speakers in one statement at the most: a page of people. A batch holds everyone asked for with the same
     * arguments, from any number of lists (aliases of {@code people}, up to the cost limit: some 2,400 people with
     * {@code quotes(first: 1)}), and the planning of a UNION grows with its parts (PostgreSQL, 30,000 quotes: 100
     * parts 7 ms to plan, 27 to run; three lists of 100 people came as one batch of 200 and one of 100).
     */
    private static final int SPEAKERS_PER_STATEMENT = PageArguments.MAX_FIRST;

    private final EntityManager entityManager;

    QuotesPerSpeaker(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} quotes of each speaker matching {@code criteria}, the first in {@code order} from
     * {@code after}, by speaker id; each list in no promised order (a UNION ALL keeps none), for the caller to sort.
     */
    Map<Long, List<Quote>> pages(Collection<Long> speakerIds, Specification<Quote> criteria,
                                 Keyset<Quote, QuoteView> order, Keyset.Position after, int limit) {
        Map<Long, List<Quote>> pages = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(speakerIds);
        for (int from = 0; from < ids.size(); from += SPEAKERS_PER_STATEMENT) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + SPEAKERS_PER_STATEMENT));
            for (Quote quote : entityManager.createQuery(unionOfPages(some, criteria, order, after, limit)).getResultList()) {
                pages.computeIfAbsent(quote.getSpeaker().getId(), speaker -> new ArrayList<>()).add(quote);
            }
        }
        return pages;
    }

    private JpaCriteriaQuery<Quote> unionOfPages(List<Long> speakerIds, Specification<Quote> criteria,
                                                 Keyset<Quote, QuoteView> order, Keyset.Position after, int limit) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        List<JpaCriteriaQuery<Quote>> parts = speakerIds.stream().map(speaker -> {
            JpaCriteriaQuery<Quote> part = cb.createQuery(Quote.class);
            Root<Quote> quote = part.from(Quote.class);
            Specification<Quote> where = criteria.and(QuoteCriteria.saidBy(speaker)).and(order.seek(after));
            return part.select(quote).where(where.toPredicate(quote, part, cb)).orderBy(order.orderBy(quote, cb)).fetch(limit);
        }).toList();
        return parts.size() == 1 ? parts.get(0)
                : cb.unionAll(parts.get(0), parts.subList(1, parts.size()).toArray(CriteriaQuery<?>[]::new));
    }

    /** How many quotes of each speaker match {@code criteria}: one grouped count. */
    Map<Long, Long> counts(Collection<Long> speakerIds, Specification<Quote> criteria) {
        Map<Long, Long> counts = new HashMap<>();
        if (speakerIds.isEmpty()) {
            return counts;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Quote> quote = query.from(Quote.class);
        var speaker = quote.get("speaker").<Long>get("id");
        query.select(cb.tuple(speaker, cb.count(quote)))
                .where(criteria.and(QuoteCriteria.saidByAnyOf(speakerIds)).toPredicate(quote, query, cb))
                .groupBy(speaker);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0, Long.class), row.get(1, Long.class));
        }
        return counts;
    }
}
