package org.quotetracker.extraction;

/**
 * Who said a quote and how the engine knows: the method and its confidence are shown to reporters.
 *
 * @param subjectAt page offset of the phrase that names the speaker, or -1 when no phrase does
 * @param reference the reference ("he", "the senator") the reading resolved to the speaker, for the ranker; null for a name
 */
record Attribution(Referent speaker, String role, String cue, AttributionMethod method, double confidence, int subjectAt,
                   Reference reference) {

    Attribution(Referent speaker, String role, String cue, AttributionMethod method, double confidence) {
        this(speaker, role, cue, method, confidence, -1, null);
    }

    Attribution(Referent speaker, String role, String cue, AttributionMethod method, double confidence, int subjectAt) {
        this(speaker, role, cue, method, confidence, subjectAt, null);
    }

    /** The same attribution, found by resolving a reference whose head word is {@code head} as {@code how} says. */
    Attribution resolvedBy(Resolution how, String head) {
        return new Attribution(speaker, role, cue, method, confidence, subjectAt, new Reference(how, head.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The same speaker found again by another route: a quote that borrows it says so in its method. */
    Attribution reusedAs(AttributionMethod method, double confidence) {
        return reusedAs(cue, method, confidence);
    }

    Attribution reusedAs(String cue, AttributionMethod method, double confidence) {
        return new Attribution(speaker, role, cue, method, confidence, -1, reference);
    }

    Attribution at(int offset) {
        return new Attribution(speaker, role, cue, method, confidence, offset, reference);
    }
}
