package org.quotetracker.extraction;

/**
 * A quotation found between marks.
 *
 * @param start      first quoted character
 * @param end        just past the last quoted character
 * @param outerStart the opening mark
 * @param outerEnd   just past the closing mark (or the paragraph end when the quote runs on)
 * @param closed     false when the quote is not closed in its paragraph (a quote that runs on into the next)
 * @param reopened   true when this paragraph reopens a quote left open by the previous paragraph
 */
record QuoteSpan(int start, int end, int outerStart, int outerEnd, boolean closed, boolean reopened) {

    int length() {
        return end - start;
    }
}
