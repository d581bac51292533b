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

    /**
     * Whether the text shows the entity as a person: a gender (from a first name, an honorific or a title), a title,
     * or a name of two words that is not a plural ("the Rust Kings" is a band).
     */
    static boolean looksLikeAPerson(Referent e) {
        if (e.kind != SpeakerKind.PERSON) {
            return false;
        }
        if (isEventName(e)) {
            return false;
        }
        if (e.gender != Gender.UNKNOWN || e.title != null) {
            return true;
        }
        return e.words().size() > 1 && !isPluralName(e);
    }

    /** "Harbor Press Breakfast", "Christian Film Festival": capitalised words ending in an event's head, with no title. */
    private static boolean isEventName(Referent e) {
        String last = e.surname();
        return e.words().size() > 1 && e.title == null && Character.isUpperCase(last.charAt(0)) && Lexicon.get().isEventHead(last);
    }

    private static boolean isPluralName(Referent e) {
        String last = e.surname();
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && Lexicon.get().firstNameGender(e.words().get(0)) == null;
    }

    static MentionType of(Referent e) {
        Lexicon lex = Lexicon.get();
        if (e.kind == SpeakerKind.ANONYMOUS) {
            return PERSON; // "a spokesman": a person the article does not name
        }
        if (e.kind == SpeakerKind.ORGANIZATION) {
            // "State Department", "Foreign Office": a seat's name that ends in an institution's head is the institution
            return lex.isPlace(e.name()) && !(e.words().size() > 1 && lex.isOrganizationHead(Lexicon.lower(e.surname()))) ? PLACE : ORGANIZATION;
        }
        if (isEventName(e)) {
            return OTHER; // "Christian Monitor Breakfast": an occasion, which speaks for no one
        }
        if (e.words().size() > 1 && isPluralName(e) && e.title == null) {
            return ORGANIZATION; // "the Rust Kings", "Copper Owls": a group
        }
        if (e.words().size() > 1 && e.title == null && e.gender == Gender.UNKNOWN) {
            String last = e.surname();
            if (lex.isDemonym(last)) {
                return OTHER; // "Latin American", "Central Asian": an adjective of origin, no one's name
            }
            if (lex.isLandmarkHead(last)) {
                return PLACE; // "Elm Park", "Snake River": a landmark, with no first name or title to make it a person
            }
        }
        if (e.words().size() > 1 || e.title != null || e.gender != Gender.UNKNOWN) {
            return PERSON;
        }
        String w = e.name();
        if (lex.isPlace(w)) {
            return PLACE;
        }
        if (ABBREVIATION.matcher(w).matches() || lex.isStopCapitalized(w)) {
            return OTHER;
        }
        String lower = Lexicon.lower(w);
        if (lex.isSpeechVerb(lower) || lower.endsWith("ing") || lower.endsWith("ly") || lower.endsWith("ed") || lower.endsWith("-born")
                || lex.isTitleHead(lower) || lex.isOrganizationHead(lower) || lex.isDocumentHead(lower) || lex.isDemonym(w)) {
            return OTHER; // "Reporting", "Think", "Center", "American-born": a capitalised common word, most likely opening a sentence
        }
        return PERSON;
    }
}
