package org.quotetracker.eval;

import org.quotetracker.extraction.ExtractedQuote;

/**
 * One predicted quotation as score.py reads it from a JSON Lines file. Only file and text are needed; null offsets
 * make the match fall back to word overlap.
 *
 * @param method how the extractor found the speaker: not scored, but it groups the misses
 */
public record Prediction(
        String file,
        String text,
        Integer start,
        Integer end,
        String speaker,
        String speakerKind,
        String role,
        String saidOn,
        String method) {

    public static Prediction of(String file, ExtractedQuote q) {
        return new Prediction(file, q.text(), q.start(), q.end(),
                q.speaker() == null ? null : q.speaker().name(),
                q.speaker() == null ? null : q.speaker().kind().name(),
                q.role(),
                q.saidOn() == null ? null : q.saidOn().toString(),
                q.method() == null ? null : q.method().code());
    }

    boolean hasOffsets() {
        return start != null && end != null;
    }
}
