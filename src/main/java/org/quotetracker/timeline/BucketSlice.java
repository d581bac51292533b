package org.quotetracker.timeline;

/** A request for the newest {@code first} quotes of a bucket: the key of the batch loader that fetches them. */
record BucketSlice(TimelineBucket bucket, int first) {
}
