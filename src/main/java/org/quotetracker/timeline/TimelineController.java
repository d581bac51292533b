package org.quotetracker.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.quotetracker.api.PageArguments;
import org.quotetracker.errors.InvalidInput;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.QuoteView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code Person.timeline}, {@code contrast} and the quotes of their periods. Both lists go through batch loaders, so
 * a page of people with their timelines and each period's quotes costs two queries, whatever the page holds.
 */
@Controller
class TimelineController {

    private static final int MAX_SPEAKERS = 10;

    private final Timelines timelines;
    private final PersonViews people;

    TimelineController(Timelines timelines, PersonViews people, BatchLoaderRegistry loaders) {
        this.timelines = timelines;
        this.people = people;
        loaders.<TimelineKey, List<TimelineBucket>>forName("timelines")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> timelinesOf(keys)));
        loaders.<BucketSlice, List<QuoteView>>forName("bucketQuotes")
                .registerMappedBatchLoader((slices, env) -> Mono.fromCallable(() -> timelines.newestQuotes(slices)));
    }

    @SchemaMapping(typeName = "Person", field = "timeline")
    CompletableFuture<List<TimelineBucket>> timeline(PersonView person, @Argument Granularity granularity,
                                                     @Argument LocalDate from, @Argument LocalDate to,
                                                     @Argument String text,
                                                     DataLoader<TimelineKey, List<TimelineBucket>> timelines) {
        return timelines.load(new TimelineKey(person.id(), new TimelineQuery(granularity, from, to, text)));
    }

    @QueryMapping
    Contrast contrast(@Argument List<String> speakers, @Argument String text, @Argument LocalDate from,
                      @Argument LocalDate to, @Argument Granularity granularity) {
        if (speakers.isEmpty() || speakers.size() > MAX_SPEAKERS) {
            throw new InvalidInput("speakers must name from 1 to " + MAX_SPEAKERS + " people");
        }
        TimelineQuery query = new TimelineQuery(granularity, from, to, text);
        List<PersonView> persons = speakers.stream().map(people::mostQuotedKnownAs).distinct().toList();
        return Contrast.sideBySide(persons, query, timelines.of(persons.stream().map(PersonView::id).toList(), query));
    }

    @SchemaMapping(typeName = "TimelineBucket", field = "quotes")
    CompletableFuture<List<QuoteView>> bucketQuotes(TimelineBucket bucket, @Argument Integer first,
                                                    DataLoader<BucketSlice, List<QuoteView>> bucketQuotes) {
        return bucketQuotes.load(new BucketSlice(bucket, PageArguments.of(first, null).first()));
    }

    @SchemaMapping(typeName = "SpeakerPeriod", field = "quotes")
    CompletableFuture<List<QuoteView>> periodQuotes(SpeakerPeriod period, @Argument Integer first,
                                                    DataLoader<BucketSlice, List<QuoteView>> bucketQuotes) {
        return bucketQuotes(period.bucket(), first, bucketQuotes);
    }

    /** The timelines of many persons: one count per distinct query, however many persons share it. */
    private Map<TimelineKey, List<TimelineBucket>> timelinesOf(Set<TimelineKey> keys) {
        return keys.stream().collect(Collectors.groupingBy(TimelineKey::query)).entrySet().stream()
                .flatMap(sameQuery -> {
                    Map<Long, List<TimelineBucket>> byPerson = timelines.of(
                            sameQuery.getValue().stream().map(TimelineKey::personId).toList(), sameQuery.getKey());
                    return sameQuery.getValue().stream().map(key -> Map.entry(key, byPerson.get(key.personId())));
                })
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
