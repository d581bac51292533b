package org.quotetracker.corrections;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quotetracker.api.Ids;
import org.quotetracker.corrections.AttributionCorrection.Span;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.quotes.QuoteViews;
import org.quotetracker.security.RequiresApiKey;
import org.quotetracker.security.Writer;
import org.quotetracker.writes.WriteRetry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code correctAttribution}, {@code mergePeople}, {@code addAlias}, and the correction shown on a {@code Quote}. */
@Controller
class CorrectionController {

    private final AttributionCorrections attributions;
    private final PeopleCorrections people;
    private final QuoteViews quoteViews;
    private final PersonViews personViews;
    private final WriteRetry writes;

    CorrectionController(AttributionCorrections attributions, PeopleCorrections people, QuoteViews quoteViews,
                         PersonViews personViews, WriteRetry writes) {
        this.attributions = attributions;
        this.people = people;
        this.quoteViews = quoteViews;
        this.personViews = personViews;
        this.writes = writes;
    }

    @MutationMapping
    @RequiresApiKey
    public QuoteView correctAttribution(@Argument String quoteId, @Argument String speakerId,
                                        @Argument String speakerName, @Argument String role) {
        String correctedBy = Writer.current();
        // A new name met by another writer at the same moment: the correction runs again and joins that person.
        long quote = Ids.parse(quoteId, "a quote");
        Long speaker = speakerId == null ? null : Ids.parse(speakerId, "a person");
        long id = writes.retrying(() -> attributions.correct(quote, speaker, speakerName, role, correctedBy));
        return quoteViews.find(id);
    }

    @MutationMapping
    @RequiresApiKey
    public PersonView mergePeople(@Argument String sourceId, @Argument String targetId) {
        long source = Ids.parse(sourceId, "a person");
        long target = Ids.parse(targetId, "a person");
        return personViews.find(writes.retrying(() -> people.merge(source, target)));
    }

    @MutationMapping
    @RequiresApiKey
    public PersonView addAlias(@Argument String personId, @Argument String alias) {
        long person = Ids.parse(personId, "a person");
        return personViews.find(writes.retrying(() -> people.addAlias(person, alias)));
    }

    @BatchMapping(typeName = "Quote", field = "correction")
    public Map<QuoteView, CorrectionView> correction(List<QuoteView> quotes) {
        // A map, not a list: a quote nobody corrected is simply absent (a list would need null elements, which the
        // batch loader's reactive plumbing rejects).
        Map<Span, CorrectionView> inForce = attributions.inForce(quotes.stream().map(CorrectionController::spanOf).toList());
        Map<QuoteView, CorrectionView> byQuote = new HashMap<>();
        for (QuoteView quote : quotes) {
            CorrectionView correction = inForce.get(spanOf(quote));
            if (correction != null) {
                byQuote.put(quote, correction);
            }
        }
        return byQuote;
    }

    private static Span spanOf(QuoteView quote) {
        return new Span(quote.articleId(), quote.start(), quote.end());
    }
}
