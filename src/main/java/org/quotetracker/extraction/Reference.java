package org.quotetracker.extraction;

/**
 * A reference the reading resolved to a speaker, as the ranker is told of it: how it was resolved and the head word
 * that referred ("senator" of "the senator said", "he").
 */
record Reference(Resolution how, String head) {
}
