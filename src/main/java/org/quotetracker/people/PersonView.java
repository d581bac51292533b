package org.quotetracker.people;

import org.quotetracker.extraction.SpeakerKind;

/** The GraphQL {@code Person}, without its lists, which are loaded in batches. */
public record PersonView(Long id, String name, SpeakerKind kind, boolean ambiguous, int quoteCount) {
}
