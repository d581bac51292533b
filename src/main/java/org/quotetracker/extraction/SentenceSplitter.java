package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences without ever cutting inside a quotation, so that "“A. B,” he said." stays one
 * sentence with its attribution.
 */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(tokens, i)) {
                sentences.add(tokens.subList(start, i + 1));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            sentences.add(tokens.subList(start, tokens.size()));
        }
        return sentences;
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        boolean terminal = token.kind() == Token.Kind.PUNCT && (token.is(".") || token.is("!") || token.is("?"))
                || token.isQuote() && endsWithTerminal(token.text());
        if (!terminal) {
            return false;
        }
        // A terminal quote followed by a closing parenthesis or more punctuation does not end the sentence yet.
        if (next.kind() == Token.Kind.PUNCT && !next.is("(") && !next.is("-") && !next.is("—")) {
            return false;
        }
        if (token.isQuote()) {
            // "“We are ready.” Smith said": a capitalised word may still be the attribution, so only a new quote,
            // or a word that starts a clause, ends the sentence after a quote.
            return next.isQuote() || next.isCapitalized() && Lexicon.get().isStopCapitalized(next.text());
        }
        return next.isQuote() || next.isCapitalized() || next.kind() == Token.Kind.NUMBER;
    }

    private static boolean endsWithTerminal(String quoted) {
        String s = quoted.strip();
        return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
