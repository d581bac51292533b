package org.quotetracker.extraction;

/**
 * A word, number, punctuation mark or a whole quotation (kind {@link Kind#QUOTE}, {@code quote} its index) with its
 * offsets in the page text.
 *
 * @param lower the text in lower case with ’ as ', made once because every lexicon look-up needs it
 */
record Token(String text, String lower, int start, int end, Kind kind, int quote) {

    enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    Token(String text, int start, int end, Kind kind, int quote) {
        this(text, Lexicon.lower(text), start, end, kind, quote);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    boolean is(String s) {
        return Words.sameIgnoringCase(text, s);
    }

    /** A dash, however typed ("-", "--", an en or em dash): it sets off an aside as commas do. */
    boolean isDash() {
        return text.equals("-") || text.equals("--") || text.equals("\u2013") || text.equals("\u2014");
    }

    /** "a “terrific piece,” Clinton …": a quotation whose last mark is a comma ends the clause it stands in. */
    boolean isQuoteEndingInComma() {
        return kind == Kind.QUOTE && text.endsWith(",");
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** The possessive ending, split off its word so that "Britain's defence minister" reads as three parts. */
    boolean isPossessive() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }
}
