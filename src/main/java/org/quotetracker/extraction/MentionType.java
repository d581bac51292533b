package org.quotetracker.extraction;

import java.util.regex.Pattern;

/**
 * What a capitalised span names, as far as general English tells: a person, an organisation, a place, or other
 * (a sentence-initial verb or noun, a state abbreviation such as "Va.", a section name), which speaks for no one.
 */
enum MentionType {
    PERSON, ORGANIZATION, PLACE, OTHER;

    /** "Va.", "Calif.", "Ariz.": a short capitalised abbreviation alone is a state or a unit, not a speaker. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{0,4}\\.");

    static MentionType of(Entity e) {
        Lexicon lex = Lexicon.get();
        if (e.kind == SpeakerKind.ANONYMOUS) {
            return PERSON; // "a spokesman": a person the article does not name
        }
        if (e.kind == SpeakerKind.ORGANIZATION) {
            return lex.isPlace(e.name()) ? PLACE : ORGANIZATION;
        }
        if (e.words().size() > 1 || e.title != null || e.gender != Gender.UNKNOWN) {
            return PERSON;
        }
        String w = e.name();
        if (ABBREVIATION.matcher(w).matches() || lex.isPlace(w) || lex.isStopCapitalized(w)) {
            return w.endsWith(".") || lex.isPlace(w) ? PLACE : OTHER;
        }
        String lower = Lexicon.lower(w);
        if (lex.isSpeechVerb(lower) || lower.endsWith("ing") || lower.endsWith("ly") || lower.endsWith("ed")
                || lex.isTitleHead(lower) || lex.isOrganizationHead(lower) || lex.isDocumentHead(lower) || lex.isDemonym(w)) {
            return OTHER; // "Reporting", "Think", "Center": a capitalised common word, most likely opening a sentence
        }
        return PERSON;
    }
}
