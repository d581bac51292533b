package org.quotetracker.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short, rule-shaped descriptions of where a quote stands in its article, to group the scorer's misses by the
 * extraction rule they call for: what follows the closing quotation mark ({@code "…," he said}), how long the quote is,
 * where its speaker is named. Offsets are clamped to the text: the gold counts code points, Java UTF-16 units, and
 * the two differ only after characters outside the Basic Multilingual Plane.
 */
final class QuoteContext {

    private static final String QUOTE_MARKS = "\"“”„«»'‘’";
    private static final String SENTENCE_ENDS = ".!?";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> SPEECH_WORDS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
            "wrote", "writes", "according", "stated", "noted", "explained", "continued", "insisted", "argued", "warned",
            "declared", "replied", "recalled", "tweeted", "posted", "announced", "claimed", "suggested", "concluded",
            "responded", "reported", "acknowledged", "admitted", "urged", "stressed", "called", "described");
    /** Enough to reach the cue ("he said", "said the Kremlin spokesman") without describing the whole next clause. */
    private static final int WORDS_AFTER = 3;
    private static final int WORDS_BEFORE = 2;

    private QuoteContext() {
    }

    /**
     * The quote's shape: the two words before it, its last punctuation and the three words after it, speakers' names
     * as "Name", pronouns and speech verbs as they are, other words as "…": {@code ¶ "…," he said.},
     * {@code Name said: "…." ¶} (¶ a paragraph break), {@code … called it "…" …} (a fragment inside the reporter's sentence).
     */
    static String shape(String quote, String text, Integer start, Integer end) {
        if (text == null || start == null || end == null) {
            return "(no article text or offsets)";
        }
        String trimmed = quote == null ? "" : quote.strip();
        String last = !trimmed.isEmpty() && ",.:;!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0
                ? trimmed.substring(trimmed.length() - 1) : "";
        return (before(text, clamp(start, text)) + " \"…" + last + "\"" + after(text, clamp(end, text))).strip();
    }

    private static String before(String text, int start) {
        List<String> tokens = tokens(text, start - 1, -1, WORDS_BEFORE);
        Collections.reverse(tokens);
        return join(tokens);
    }

    private static String after(String text, int end) {
        return join(tokens(text, end, 1, WORDS_AFTER));
    }

    /**
     * The tokens from {@code from} on in direction {@code step} (1 forwards, -1 backwards), past the quote's own
     * marks, until {@code words} words, a paragraph break, another quotation or the end of the sentence.
     */
    private static List<String> tokens(String text, int from, int step, int words) {
        List<String> tokens = new ArrayList<>();
        int i = from;
        while (inside(text, i) && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
            i += step;
        }
        int added = 0;
        boolean cue = false;
        while (added < words && inside(text, i)) {
            char c = text.charAt(i);
            if (c == '\n') {
                tokens.add("¶");
                break;
            }
            if (Character.isWhitespace(c)) {
                i += step;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (inside(text, j + step) && isWordChar(text.charAt(j + step))) {
                    j += step;
                }
                String token = token(text.substring(Math.min(i, j), Math.max(i, j) + 1));
                if (cue) {
                    // The attribution is complete ("he said", "said Name"): what the reporter adds next would only split groups.
                    if (token.equals("Name")) {
                        tokens.add(token);
                    }
                    return tokens;
                }
                cue = SPEECH_WORDS.contains(token);
                added += addWord(tokens, token);
                i = j + step;
            } else if (cue) {
                return tokens;
            } else {
                boolean quotation = QUOTE_MARKS.indexOf(c) >= 0;
                tokens.add(quotation ? "\"…\"" : String.valueOf(c));
                if (quotation || SENTENCE_ENDS.indexOf(c) >= 0) {
                    break;
                }
                i += step;
            }
        }
        if (added < words && !inside(text, i)) {
            tokens.add("¶");
        }
        return tokens;
    }

    private static boolean inside(String text, int i) {
        return i >= 0 && i < text.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    /** Adds the token unless it continues a run of names or of other words; returns the words it adds. */
    private static int addWord(List<String> tokens, String token) {
        boolean run = !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(token) && (token.equals("Name") || token.equals("…"));
        if (run) {
            return 0;
        }
        tokens.add(token);
        return 1;
    }

    /** Words spaced, punctuation against the word before it. */
    private static String join(List<String> tokens) {
        StringBuilder joined = new StringBuilder();
        for (String t : tokens) {
            boolean punctuation = t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)) && !t.equals("¶") && !t.equals("…");
            joined.append(punctuation ? "" : " ").append(t);
        }
        return joined.toString();
    }

    private static String token(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower) || SPEECH_WORDS.contains(lower)) {
            return lower;
        }
        return Character.isUpperCase(word.charAt(0)) ? "Name" : "…";
    }

    static String length(String quote) {
        int words = quote == null || quote.isBlank() ? 0 : quote.strip().split("\\s+").length;
        if (words <= 3) {
            return "1-3 words";
        }
        return words <= 12 ? "4-12 words" : "13+ words";
    }

    /** Where the article names the gold speaker (by the words the scorer looks for) relative to the quote. */
    static String speakerPlace(GoldQuote gold, String text) {
        if (Words.isEmpty(gold.speaker())) {
            return "no gold speaker";
        }
        if (text == null) {
            return "article text not given";
        }
        var keys = SpeakerRule.keys(gold);
        int start = clamp(gold.start(), text);
        int paragraphStart = text.lastIndexOf('\n', Math.max(start - 1, 0)) + 1;
        int paragraphEnd = text.indexOf('\n', clamp(gold.end(), text));
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        if (SpeakerRule.names(keys, text.substring(paragraphStart, paragraphEnd))) {
            return "named in its paragraph";
        }
        if (SpeakerRule.names(keys, text.substring(0, paragraphStart))) {
            return "named in an earlier paragraph";
        }
        return SpeakerRule.names(keys, text.substring(paragraphEnd)) ? "named only after it" : "not named by its key words";
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
