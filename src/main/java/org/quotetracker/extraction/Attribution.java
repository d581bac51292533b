package org.quotetracker.extraction;

/** Who said a quote and how the engine knows: the method and its confidence are shown to reporters. */
record Attribution(Entity speaker, String role, String cue, String method, double confidence) {
}
