package org.quotetracker.export;

import java.util.List;

import org.quotetracker.api.InputText;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteCriteria;
import org.quotetracker.quotes.QuoteFilter;
import org.springframework.data.jpa.domain.Specification;

/**
 * The quotes an export writes: {@code criteria}, and when the filter names a speaker, the people it means, looked up
 * before the first row (as the GraphQL speaker page does), each of whose quotes is read by its own equality.
 * <p>
 * Why not the speaker subquery the GraphQL filter uses: with a date too ({@code speaker=...&from=...}) H2 plans
 * {@code speaker_id IN (subquery or list) AND said_on >= ?} as a scan of the whole {@code quote_speaker_said_idx},
 * every page, instead of a seek: on 84,000 quotes 83,801 index entries read for a speaker's 1,350. That made the JSON
 * Lines exports of the soak (which give a date) time out while the CSV ones (which do not) were fast. With
 * {@code speaker_id = ?} it seeks to the speaker's rows in the date range.
 *
 * @param speakerIds the people the speaker filter means, each read apart; null when any speaker will do (no speaker
 *                   filter, or so many people that {@code criteria} names them all instead)
 */
record ExportSelection(Specification<Quote> criteria, List<Long> speakerIds) {

    /**
     * Beyond this many people (a short name matching many), one query for all of them costs less than a query each
     * per page.
     */
    static final int MOST_SPEAKERS_READ_APART = 10;

    static ExportSelection anySpeaker(Specification<Quote> criteria) {
        return new ExportSelection(criteria, null);
    }

    /** Checks the filter and looks up its speakers now, so that a refusal comes before the answer starts. */
    static ExportSelection of(QuoteFilter filter, PersonViews people) {
        if (filter == null || InputText.isBlank(filter.speaker())) {
            return anySpeaker(QuoteCriteria.matching(filter));
        }
        Specification<Quote> rest = QuoteCriteria.matching(new QuoteFilter(null, filter.text(), filter.from(),
                filter.to(), filter.outlet(), filter.role()));
        List<Long> ids = people.knownAsContaining(filter.speaker()).stream().map(PersonView::id).sorted().toList();
        return ids.size() > MOST_SPEAKERS_READ_APART ? anySpeaker(rest.and(QuoteCriteria.saidByAnyOf(ids)))
                : new ExportSelection(rest, ids);
    }
}
