package org.quotetracker.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds quotations in one paragraph by pairing quotation marks. Double marks may be straight or curly; curly single
 * marks count too, told apart from apostrophes by what stands on either side. Mismatched pairs (‘ … ”) are accepted,
 * since scraped copy mixes them; a quote inside a quote stays part of the outer one.
 */
final class QuoteScanner {

    private enum Family { DOUBLE, SINGLE }

    private enum Role { OPEN, CLOSE, STRONG_CLOSE, WEAK_CLOSE, EITHER }

    private record Mark(int pos, Family family, Role role, boolean straight) {

        Mark(int pos, Family family, Role role) {
            this(pos, family, role, false);
        }
    }

    private record Open(int pos, Family family, boolean straight) {
    }

    private QuoteScanner() {
    }

    /**
     * The outermost quotations of text[from, to). A quote still open at the paragraph's end runs to it.
     *
     * @param continuing true when the previous paragraph ended inside a quote, so that an opening mark at this
     *                   paragraph's start reopens it
     */
    static List<QuoteSpan> scan(String text, int from, int to, boolean continuing) {
        List<Mark> marks = marks(text, from, to);
        List<QuoteSpan> quotes = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            Role role = mark.role;
            if (role == Role.EITHER) {
                role = !open.isEmpty() && open.peek().straight ? Role.CLOSE : Role.OPEN;
            }
            if (role == Role.OPEN) {
                if (open.size() < 2) {
                    open.push(new Open(mark.pos, mark.family, mark.straight));
                }
                continue;
            }
            if (open.isEmpty() || !closes(mark, role, open.peek(), marks, i)) {
                continue;
            }
            if (mark.family == Family.DOUBLE && open.size() == 2 && open.peek().family == Family.SINGLE) {
                open.pop(); // an inner single quote left open: the double mark closes the outer one
            }
            Open opened = open.pop();
            if (open.isEmpty()) {
                add(quotes, text, opened.pos, mark.pos, mark.pos + 1, true, continuing && opened.pos == firstNonSpace(text, from));
            }
        }
        if (!open.isEmpty()) {
            Open outer = open.getLast();
            int end = lastNonSpace(text, from, to);
            add(quotes, text, outer.pos, end, end, false, continuing && outer.pos == firstNonSpace(text, from));
        }
        return quotes;
    }

    /**
     * Whether a story quotes between double marks ("…") more often than between single ones, as American copy does;
     * where single marks are the house style, as in British copy, they quote speech.
     */
    static boolean quotesWithDoubleMarks(String text, List<Block> paragraphs) {
        int doubles = 0;
        int singles = 0;
        boolean open = false;
        for (Block paragraph : paragraphs) {
            List<QuoteSpan> spans = scan(text, paragraph.start(), paragraph.end(), open);
            open = !spans.isEmpty() && !spans.get(spans.size() - 1).closed();
            for (QuoteSpan span : spans) {
                if (opensWithSingleMark(text, span)) {
                    singles++;
                } else {
                    doubles++;
                }
            }
        }
        return doubles > singles;
    }

    static boolean opensWithSingleMark(String text, QuoteSpan span) {
        char mark = text.charAt(span.outerStart());
        return mark == '‘' || mark == '’';
    }

    /** Whether a closing mark closes the innermost open quote, or is an apostrophe or a stray mark. */
    private static boolean closes(Mark mark, Role role, Open top, List<Mark> marks, int index) {
        if (role != Role.WEAK_CLOSE) {
            return true;
        }
        // A weak close (a possessive "Europeans’ ") ends only a single quote, and only if no firmer close follows.
        if (top.family != Family.SINGLE) {
            return false;
        }
        for (int j = index + 1; j < marks.size(); j++) {
            Role later = marks.get(j).role;
            if (later == Role.OPEN) {
                return true;
            }
            if (later == Role.CLOSE || later == Role.STRONG_CLOSE) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<QuoteSpan> quotes, String text, int open, int close, int outerEnd, boolean closed, boolean reopened) {
        int start = open + 1;
        int end = close;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (text.substring(start, end).codePoints().anyMatch(Character::isLetter)) {
            quotes.add(new QuoteSpan(start, end, open, outerEnd, closed, reopened));
        }
    }

    private static List<Mark> marks(String text, int from, int to) {
        List<Mark> marks = new ArrayList<>();
        if (to <= from) {
            return marks;
        }
        // the scan runs over every character of the page, twice: over an array of the paragraph's characters the JIT
        // drops the index checks that String.charAt makes on each character of a page with curly marks
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        for (int i = from; i < to; i++) {
            char c = chars[i - from];
            if (c < '\u00AB' && c != '"') {
                continue; // no other mark comes before «
            }
            char before = i > from ? chars[i - from - 1] : ' ';
            char after = i + 1 < to ? chars[i - from + 1] : ' ';
            switch (c) {
                // "real problems here,“ said Jim": an opening mark typed after a sentence's punctuation and before a space
                // closes; no quote opens glued to a comma and with a space after its mark
                case '“' -> marks.add(new Mark(i, Family.DOUBLE, ",.?!".indexOf(before) >= 0 && isSpace(after) ? Role.CLOSE : Role.OPEN));
                case '„', '«' -> marks.add(new Mark(i, Family.DOUBLE, Role.OPEN));
                case '”', '»' -> marks.add(new Mark(i, Family.DOUBLE, Role.CLOSE));
                case '"' -> marks.add(new Mark(i, Family.DOUBLE, straightRole(before, after), true));
                case '‘' -> {
                    if (opensAfter(before) && !isSpace(after)) {
                        marks.add(new Mark(i, Family.SINGLE, Role.OPEN));
                    }
                }
                case '’' -> {
                    // "“’House of Cards,’”", "“’Twas …”": right after an opening mark it opens (typed the wrong way, or
                    // an elision); it never closes a quote that has no word yet
                    Role role = before == '“' || before == '"' ? Role.OPEN : apostropheOrClose(before, after);
                    if (role != null) {
                        marks.add(new Mark(i, Family.SINGLE, role));
                    }
                }
                default -> {
                }
            }
        }
        return marks;
    }

    private static Role straightRole(char before, char after) {
        boolean openingContext = opensAfter(before) && !isSpace(after);
        boolean closingContext = !isSpace(before) && (isSpace(after) || isPunctuation(after));
        if (openingContext && !closingContext) {
            return Role.OPEN;
        }
        if (closingContext && !openingContext) {
            return Role.CLOSE;
        }
        return Role.EITHER;
    }

    /** ’ between letters is an apostrophe (I’m); after a letter it may be a possessive (Europeans’) or a close. */
    private static Role apostropheOrClose(char before, char after) {
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) || isSpace(before)) {
            return null;
        }
        if (isPunctuation(before) || isPunctuation(after) && after != '-') {
            return Role.STRONG_CLOSE;
        }
        return before == 's' ? Role.WEAK_CLOSE : Role.CLOSE;
    }

    private static boolean opensAfter(char c) {
        return isSpace(c) || "([{—–-/:;,".indexOf(c) >= 0 || c == '“' || c == '"';
    }

    private static boolean isPunctuation(char c) {
        return ".,;:!?…)-—–".indexOf(c) >= 0;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
