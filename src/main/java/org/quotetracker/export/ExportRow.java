package org.quotetracker.export;

import java.time.LocalDate;

import org.quotetracker.extraction.SpeakerKind;

/** One quote as researchers get it: the columns of the CSV and the fields of JSON Lines, in this order. */
public record ExportRow(
        Long id,
        LocalDate saidOn,
        String speaker,
        SpeakerKind speakerKind,
        String role,
        String text,
        Boolean partial,
        String headline,
        String outlet,
        LocalDate publishedOn,
        Long articleId,
        String method,
        Double confidence) {

    static final String[] COLUMNS = {"id", "saidOn", "speaker", "speakerKind", "role", "text", "partial", "headline",
            "outlet", "publishedOn", "articleId", "method", "confidence"};

    /** The values in column order, null where there is none. */
    Object[] values() {
        return new Object[] {id, saidOn, speaker, speakerKind, role, text, partial, headline, outlet, publishedOn,
                articleId, method, confidence};
    }
}
