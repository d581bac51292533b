package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of text into tokens, keeping abbreviations, initials and possessives the way names need them. */
final class Tokenizer {

    /** Abbreviations whose period belongs to the word and does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl", "pvt",
            "sen", "sens", "rep", "reps", "gov", "govs", "pres", "amb", "sec", "supt", "det", "insp", "rev", "fr", "jr", "sr",
            "st", "mt", "ft", "no", "nos", "inc", "corp", "co", "ltd", "llc", "bros", "vs", "etc", "dept", "univ", "assn",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
            "wash", "wis", "wyo", "d", "r", "i", "approx", "est", "al");

    /*
     * A word may hold UTF-8 read as Latin-1 ("MuÃ±oz" for "Muñoz", "FranÃ§ois"): after Ã, Â, Ä or Å (or a combining
     * tilde, circumflex, diaeresis or ring, as when the text was decomposed) a character of U+0080-U+00BF is the second
     * byte of a letter, not the end of the word, so that the name stays whole.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<dotted>[RDI]-\\p{Lu}[\\p{L}.]*\\.|\\p{N}+(?:st|nd|rd|th)\\b|(?:\\p{L}\\.){2,})"  // R-S.C., 1st, U.S., a.m.
            + "|(?<word>\\p{L}(?:[\\p{L}\\p{M}\\p{N}]|(?<=[ÃÂÄÅ\\u0302\\u0303\\u0308\\u030A])[\\u0080-\\u00BF])*(?:[-&][\\p{L}\\p{N}]+|['’](?!s\\b)[\\p{L}\\p{N}]+)*)(?<poss>['’]s\\b|(?<=s)['’](?![\\p{L}]))?(?<dot>\\.)?"
            + "|(?<number>\\p{N}+(?:[.,:]\\p{N}+)*)"
            + "|(?<punct>--|—|–|[^\\s\\u00A0])");

    /** TOKEN's groups by number: {@code m.group("word")} would look the name up in a map for every token. */
    private static final int DOTTED = 1, WORD = 2, POSS = 3, DOT = 4, NUMBER = 5;

    private Tokenizer() {
    }

    /** Tokens of text[from, to), skipping the given quotation spans, which become one QUOTE token each. */
    static List<Token> tokenize(String text, int from, int to, List<QuoteSpan> quotes) {
        List<Token> tokens = new ArrayList<>();
        int pos = from;
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpan quote = quotes.get(q);
            if (quote.outerEnd() <= from || quote.outerStart() >= to) {
                continue;
            }
            addTokens(text, pos, Math.max(pos, quote.outerStart()), tokens);
            tokens.add(new Token(text.substring(quote.start(), quote.end()), quote.outerStart(), quote.outerEnd(), Token.Kind.QUOTE, q));
            pos = Math.min(to, quote.outerEnd());
        }
        addTokens(text, pos, to, tokens);
        return tokens;
    }

    /**
     * The tokens of text[from, to). Most tokens are a plain ASCII word or number that a space or a mark ends, or a
     * single ASCII mark: these are read without the regular expression (the tokenizer took an eighth of the engine's
     * time); at any other position TOKEN reads as before, so the tokens are the same.
     */
    private static void addTokens(String text, int from, int to, List<Token> tokens) {
        Matcher m = null;
        int pos = from;
        while (pos < to) {
            char c = text.charAt(pos);
            if (isSpace(c)) {
                pos++;
                continue;
            }
            int end = plainEnd(text, pos, to);
            int beforePeriod;
            if (end > pos) {
                tokens.add(new Token(text.substring(pos, end), pos, end, isAsciiDigit(c) ? Token.Kind.NUMBER : Token.Kind.WORD, -1));
                pos = end;
            } else if ((beforePeriod = plainWordBeforePeriod(text, pos, to)) > pos) {
                // "said.", "Gov.": what TOKEN's word branch reads there (its dotted branch needs a period after the first
                // letter), the word keeping its period when it is a listed abbreviation, as in addMatch
                String word = text.substring(pos, beforePeriod);
                if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                    tokens.add(new Token(text.substring(pos, beforePeriod + 1), pos, beforePeriod + 1, Token.Kind.WORD, -1));
                } else {
                    tokens.add(new Token(word, pos, beforePeriod, Token.Kind.WORD, -1));
                    tokens.add(new Token(".", beforePeriod, beforePeriod + 1, Token.Kind.PUNCT, -1));
                }
                pos = beforePeriod + 1;
            } else if (c < 128 && c > ' ' && c != '-' && !Character.isLetterOrDigit(c)) {
                tokens.add(new Token(String.valueOf(c), pos, pos + 1, Token.Kind.PUNCT, -1)); // "--" is one token: "-" goes to TOKEN
                pos++;
            } else {
                if (m == null) {
                    m = TOKEN.matcher(text);
                }
                m.region(pos, to);
                if (!m.lookingAt()) {
                    throw new IllegalStateException("TOKEN matches every character but a space"); // its last branch does
                }
                addMatch(text, m, tokens);
                pos = m.end();
            }
        }
    }

    /** What TOKEN skips between tokens: {@code \s} (ASCII white space) and the no-break space. */
    private static boolean isSpace(char c) {
        return Words.isSpace(c) || c == '\u00A0';
    }

    /**
     * The end of the run of ASCII letters (or of ASCII digits) at pos when what follows ends the token for TOKEN too,
     * else pos. A word goes on with a letter, mark or digit of any script, "-", "&", an apostrophe or a period
     * (`R-S.C.`, `U.S.`, `Smith's`, `Gen.`); a number with a digit, a letter (`1st`), "." "," or ":" (`1,200`).
     */
    private static int plainEnd(String text, int pos, int to) {
        boolean digits = isAsciiDigit(text.charAt(pos));
        if (!digits && !isAsciiLetter(text.charAt(pos))) {
            return pos;
        }
        int end = pos + 1;
        while (end < to && (digits ? isAsciiDigit(text.charAt(end)) : isAsciiLetter(text.charAt(end)))) {
            end++;
        }
        if (end == to) {
            return end;
        }
        char next = text.charAt(end);
        boolean ends;
        if (next < 128) {
            ends = isSpace(next) || !Character.isLetterOrDigit(next) && next != '.' && next != '-' && next != '&' && next != '\''
                    && (!digits || next != ',' && next != ':');
        } else {
            ends = next == '\u00A0' || next == '\u201C' || next == '\u201D' || next == '\u2018' || next == '\u2014'
                    || next == '\u2013' || next == '\u2026';
        }
        return ends ? end : pos;
    }

    /**
     * The end of a run of two or more ASCII letters at pos that a period follows, else pos: a sentence's last word or an
     * abbreviation, a tenth of all words, which the regular expression read before. A single letter ("J.", "U.S.") is
     * left to TOKEN, whose dotted branch reads initials.
     */
    private static int plainWordBeforePeriod(String text, int pos, int to) {
        int end = pos;
        while (end < to && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end - pos >= 2 && end < to && text.charAt(end) == '.' ? end : pos;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void addMatch(String text, Matcher m, List<Token> tokens) {
        if (m.start(DOTTED) >= 0) {
            tokens.add(new Token(m.group(), m.start(), m.end(), Token.Kind.WORD, -1));
        } else if (m.start(WORD) >= 0) {
            String word = m.group(WORD);
            boolean keepsDot = m.start(DOT) >= 0 && m.start(POSS) < 0
                    && (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || word.length() == 1 && Character.isUpperCase(word.charAt(0)));
            int wordEnd = m.start(WORD) + word.length() + (keepsDot ? 1 : 0);
            tokens.add(new Token(text.substring(m.start(), wordEnd), m.start(), wordEnd, Token.Kind.WORD, -1));
            if (m.start(POSS) >= 0) {
                tokens.add(new Token(m.group(POSS), m.start(POSS), m.end(POSS), Token.Kind.WORD, -1));
            }
            if (m.start(DOT) >= 0 && !keepsDot) {
                tokens.add(new Token(".", m.start(DOT), m.end(DOT), Token.Kind.PUNCT, -1));
            }
        } else if (m.start(NUMBER) >= 0) {
            tokens.add(new Token(m.group(), m.start(), m.end(), Token.Kind.NUMBER, -1));
        } else {
            tokens.add(new Token(m.group(), m.start(), m.end(), Token.Kind.PUNCT, -1));
        }
    }
}
