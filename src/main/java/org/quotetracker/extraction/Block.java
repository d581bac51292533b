package org.quotetracker.extraction;

/** A paragraph of the page: text[start, end), trimmed. */
record Block(int start, int end) {

    String text(String page) {
        return page.substring(start, end);
    }
}
