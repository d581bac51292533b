package org.quotetracker.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.people.PersonView;

/** The GraphQL {@code Contrast}: speakers side by side over the periods in which any of them was quoted. */
public record Contrast(List<ContrastPeriod> periods) {

    static Contrast sideBySide(List<PersonView> speakers, TimelineQuery query, Map<Long, List<TimelineBucket>> timelines) {
        SortedSet<LocalDate> starts = new TreeSet<>();
        timelines.values().forEach(buckets -> buckets.forEach(bucket -> starts.add(bucket.start())));
        Map<Long, Map<LocalDate, TimelineBucket>> byStart = timelines.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey,
                entry -> entry.getValue().stream().collect(Collectors.toMap(TimelineBucket::start, Function.identity()))));
        return new Contrast(starts.stream().map(start -> new ContrastPeriod(start, speakers.stream()
                .map(speaker -> new SpeakerPeriod(speaker, byStart.get(speaker.id()).getOrDefault(start,
                        TimelineBucket.empty(speaker.id(), query, start))))
                .toList())).toList());
    }
}
