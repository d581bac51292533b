package org.quotetracker.timeline;

/** A request for one person's timeline: the key of the batch loader that counts many persons at once. */
record TimelineKey(long personId, TimelineQuery query) {
}
