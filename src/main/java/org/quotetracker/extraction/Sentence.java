package org.quotetracker.extraction;

import java.util.List;

/**
 * A sentence of a paragraph, its quotations masked as single QUOTE tokens so that the reporter's words around them
 * can be read on their own.
 *
 * @param index     position in the article, counting every sentence of every story
 * @param paragraph index of the paragraph in the article
 * @param story     index of the story in the page
 * @param first     true for the first sentence of its paragraph
 */
record Sentence(int start, int end, List<Token> tokens, int index, int paragraph, int story, boolean first) {

    // loops, not streams: both are asked for every candidate of every quote

    boolean hasQuote() {
        for (Token t : tokens) {
            if (t.isQuote()) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence is nothing but quotations and punctuation. */
    boolean isQuoteOnly() {
        for (Token t : tokens) {
            if (!t.isQuote() && t.kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return hasQuote();
    }

    /** The reporter's words, with each quotation replaced by a placeholder. */
    String outsideQuotes() {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append(t.isQuote() ? "QUOTE" : t.text()).append(' ');
        }
        return out.toString();
    }
}
