package org.quotetracker.extraction;

/**
 * Who said a quote and how the engine knows: the method and its confidence are shown to reporters.
 *
 * @param subjectAt page offset of the phrase that names the speaker, or -1 when no phrase does
 */
record Attribution(Referent speaker, String role, String cue, AttributionMethod method, double confidence, int subjectAt) {

    Attribution(Referent speaker, String role, String cue, AttributionMethod method, double confidence) {
        this(speaker, role, cue, method, confidence, -1);
    }

    /** The same speaker found again by another route: a quote that borrows it says so in its method. */
    Attribution reusedAs(AttributionMethod method, double confidence) {
        return reusedAs(cue, method, confidence);
    }

    Attribution reusedAs(String cue, AttributionMethod method, double confidence) {
        return new Attribution(speaker, role, cue, method, confidence);
    }

    /**
     * Whether this speaker stands without the ranker: the method is certain, or it is a signature ("- Dana Holt." under a
     * quote-only paragraph, {@link NextParagraph}): the writer's own word on whose the paragraph is, read with no verb.
     */
    boolean certain() {
        return method.certain() || method == AttributionMethod.NEXT_PARAGRAPH && cue == null;
    }

    Attribution at(int offset) {
        return new Attribution(speaker, role, cue, method, confidence, offset);
    }
}
