package org.quotetracker.extraction;

import java.time.LocalDate;

/**
 * One direct quotation found in an article.
 *
 * @param text       the quoted words without the quotation marks
 * @param start      offset of the first quoted character in the page text
 * @param end        offset just past the last quoted character
 * @param sentence   the sentence (or, for multi-paragraph quotes, the passage) the quote stands in
 * @param partial    true when the quote is a fragment embedded in the reporter's own sentence
 * @param cue        the speech verb that attributes it ("said", "told", "wrote"), or null
 * @param speaker    who said it, or null when no source could be found
 * @param role       the title the article gives the speaker here ("Kremlin spokesman"), or null
 * @param saidOn     the day the words were said, or null when unknown
 * @param method     how the speaker was found
 * @param confidence how sure the extractor is of the attribution, 0 to 1
 */
public record ExtractedQuote(
        String text,
        int start,
        int end,
        String sentence,
        boolean partial,
        String cue,
        Speaker speaker,
        String role,
        LocalDate saidOn,
        DatePrecision precision,
        AttributionMethod method,
        double confidence) {
}
