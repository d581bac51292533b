package org.quotetracker.timeline;

import org.quotetracker.people.PersonView;

/** The GraphQL {@code SpeakerPeriod}: one speaker's bucket of one contrast period (empty when they said nothing). */
public record SpeakerPeriod(PersonView speaker, TimelineBucket bucket) {

    public int count() {
        return bucket.count();
    }
}
