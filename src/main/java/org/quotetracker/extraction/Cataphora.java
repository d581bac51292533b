package org.quotetracker.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The person a story names right after a description it gave a speaker: "A top adviser says the plan holds. / Ed Vance
 * spoke to reporters …" — news style first describes a new source, then names them as the next sentence's opening
 * subject. Read only where nothing else is likely: a description met for the first time, introduced with "a" or owned
 * ("the mayor's right-hand man"); one person the story had not named before, named in full at the start of the next
 * sentence (same paragraph or the next) and its subject, or its speaker further on whose title has the description's
 * head ("“…,” said Jane Roe, a senior adviser to the mayor"); and a title, if that person has one, that shares the
 * description's head or its owner ("vice chairwoman for Reed's campaign" after "Reed's right-hand woman"), so that
 * "Former Treasury Secretary Tim Vale" after "a senior vice president" is someone else.
 */
final class Cataphora {

    /** Shortest next sentence read: "Mohamed Vale, 36." under a photo is a caption, not a sentence about a source. */
    private static final int MIN_TOKENS = 6;
    /** Capitalised title words that may stand before the name at the start of the sentence ("Former Gov. Ann Vale"). */
    private static final int MAX_TITLE_WORDS = 5;

    private Cataphora() {
    }

    /** The person the quote's described speaker turns out to be, or null. */
    static Referent named(QuoteSite site, ArticleLog log) {
        Attribution rule = site.rule();
        if (rule == null || rule.speaker().kind != SpeakerKind.ANONYMOUS || rule.speaker().title == null) {
            return null;
        }
        Referent description = rule.speaker();
        if (!introducesSomeone(description.name())) {
            return null;
        }
        Sentence s = site.sentence();
        int next = s.index() + 1;
        if (next >= log.size()) {
            return null;
        }
        Sentence following = log.sentence(next);
        if (following.story() != s.story() || following.paragraph() > s.paragraph() + 1 || following.tokens().size() < MIN_TOKENS) {
            return null;
        }
        if (namedBefore(log, description, s.index())) {
            return null; // the description was met before: it points back, not ahead
        }
        Referent found = null;
        for (Referent e : log.named(next)) {
            if (e.kind != SpeakerKind.PERSON || !log.isSubject(next, e) && !log.isSpeaker(next, e) || namedBefore(log, e, next)) {
                continue;
            }
            if (found != null) {
                return null; // two new people: which one is unclear
            }
            found = e;
        }
        if (found == null || found.words().size() < 2) {
            return null;
        }
        // "“…,” said Jane Roe, a senior adviser to the mayor": a speaker later in the sentence, if the title has the head
        boolean fits = opens(following.tokens(), found) ? titleFits(found.title, description) : found.title != null && sharesHead(found.title, description);
        if (!fits) {
            return null;
        }
        return found;
    }

    /** "a top adviser", "an aide", "Reed's right-hand woman": a new singular source, not "the adviser" or "voters". */
    private static boolean introducesSomeone(String description) {
        String first = Words.first(description).toLowerCase(Locale.ROOT);
        return first.equals("a") || first.equals("an") || description.contains("'s ") || description.contains("\u2019s ");
    }

    /** Whether the name starts the sentence, after capitalised title words at most. */
    private static boolean opens(List<Token> tokens, Referent e) {
        String first = e.words().get(0);
        for (int i = 0; i < Math.min(tokens.size(), MAX_TITLE_WORDS + 1); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(first)) {
                return true;
            }
            if (!t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the title has the description's head noun ("senior adviser to the mayor" for "a campaign adviser"). */
    private static boolean sharesHead(String title, Referent description) {
        String[] words = wordsBeforeTail(description);
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        String lowerTitle = " " + title.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(",", " ") + " ";
        return lowerTitle.contains(" " + head + " ");
    }

    /** No title, or one sharing the description's head noun or a capitalised word of its owner. */
    private static boolean titleFits(String title, Referent description) {
        if (title == null || sharesHead(title, description)) {
            return true;
        }
        String lowerTitle = " " + title.toLowerCase(Locale.ROOT).replace('\u2019', '\'') + " ";
        for (String w : wordsBeforeTail(description)) {
            String bare = w.replace("\u2019s", "").replace("'s", "");
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && lowerTitle.contains(bare.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Where a description's tail begins: "a senior adviser | to the mayor". */
    private static final Pattern TAIL = Pattern.compile(" (for|of|at|to|with) ");

    /** The words of the description's title before its tail ("a senior adviser" of "a senior adviser to the mayor"). */
    private static String[] wordsBeforeTail(Referent description) {
        return Words.split(TAIL.split(description.title, 2)[0]);
    }

    private static boolean namedBefore(ArticleLog log, Referent e, int sentence) {
        for (int i = 0; i < sentence; i++) {
            if (log.isNamed(i, e)) {
                return true;
            }
        }
        return false;
    }
}
