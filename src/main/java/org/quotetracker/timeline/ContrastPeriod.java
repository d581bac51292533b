package org.quotetracker.timeline;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL {@code ContrastPeriod}. */
public record ContrastPeriod(LocalDate start, List<SpeakerPeriod> speakers) {
}
