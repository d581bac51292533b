package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences without ever cutting inside a quotation, so that "“A. B,” he said." stays one
 * sentence with its attribution.
 */
final class SentenceSplitter {

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we", "i", "you");

    private SentenceSplitter() {
    }

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(tokens, start, i)) {
                sentences.add(tokens.subList(start, i + 1));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            sentences.add(tokens.subList(start, tokens.size()));
        }
        return sentences;
    }

    private static boolean endsSentence(List<Token> tokens, int start, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        boolean terminal = token.kind() == Token.Kind.PUNCT && (token.is(".") || token.is("!") || token.is("?"))
                || token.isQuote() && endsWithTerminal(token.text());
        if (!terminal && closesAfterTerminal(tokens, i)) {
            // a sign that read "15!" Her father …: a quote of no words is no quote token, and its closing mark after
            // the "!" still ends the sentence before a capitalised word
            return next.isCapitalized() && !attributionFollows(tokens, i + 1);
        }
        if (!terminal) {
            return false;
        }
        // A terminal quote followed by a closing parenthesis or more punctuation does not end the sentence yet.
        if (next.kind() == Token.Kind.PUNCT && !next.is("(") && !next.is("-") && !next.is("—")) {
            return false;
        }
        if (token.isQuote()) {
            // "“We are ready.” Smith said." keeps its attribution; any other capitalised start is a new sentence, and so
            // is one after a quote the sentence's own words lead into ("Lee called him “a fraud.” Ames hit back, …"):
            // its closing period ends what those words began
            return next.isQuote() || next.isCapitalized() && (!attributionFollows(tokens, i + 1) || wordsBefore(tokens, start, i));
        }
        return next.isQuote() || next.isCapitalized() || next.kind() == Token.Kind.NUMBER;
    }

    /** Whether a word of the sentence begun at start stands before the token at i. */
    private static boolean wordsBefore(List<Token> tokens, int start, int i) {
        for (int k = start; k < i; k++) {
            if (tokens.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** A closing double mark right after a ".", "!" or "?" (no space between): the end of a quote of no words. */
    private static boolean closesAfterTerminal(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || token.kind() != Token.Kind.PUNCT || !(token.is("\"") || token.is("\u201D"))) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.kind() == Token.Kind.PUNCT && before.end() == token.start() && (before.is(".") || before.is("!") || before.is("?"));
    }

    /** "Smith said", "Kremlin spokesman Ivan Petrov told": a name, then a speech verb. */
    private static boolean attributionFollows(List<Token> tokens, int from) {
        Lexicon lex = Lexicon.get();
        int i = from;
        while (i < tokens.size() && i < from + 6 && (tokens.get(i).isCapitalized() && !lex.isStopCapitalized(tokens.get(i).text())
                || tokens.get(i).isPossessive() || lex.isTitleHead(tokens.get(i)) || lex.isTitleModifier(tokens.get(i).lower()))) {
            i++;
        }
        if (i == from || i >= tokens.size() || !lex.isSpeechVerb(tokens.get(i))
                && !(i + 1 < tokens.size() && lex.isPhrasalSpeechVerb(tokens.get(i).text(), tokens.get(i + 1).text()))) {
            return false;
        }
        // "“…?” Todd asked the mogul." ends soon after its verb; "Smith called the plan “…”" or "Smith said she …" go on
        for (int j = i + 1; j < tokens.size() && j <= i + 12; j++) {
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT) {
                return true;
            }
            if (t.isQuote() || t.is("that") || PRONOUNS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWithTerminal(String quoted) {
        String s = quoted.strip();
        return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
