package org.quotetracker.eval;

import java.util.List;

/**
 * One quotation of the gold standard, with the fields score.py reads (others, such as notes, are ignored).
 *
 * <p>score.py tells an absent field from an explicit {@code null} in two places: a null {@code speakerKind} is no
 * kind at all (scored like an institution) and a null {@code required} means optional. Jackson reads both as absent
 * here; no gold set writes either.
 *
 * @param speakerKind PERSON, ORGANIZATION or ANONYMOUS; absent means PERSON
 * @param speakerKey  the words a predicted speaker must contain, overriding the defaults derived from the name
 * @param saidOnAlso  other days the words may count as said on
 * @param required    false: the quote is neither rewarded nor a false positive when predicted
 * @param speakerChecked false: the speaker (and with it the role) is not scored for this quote
 * @param reviewed   true: the source is a pronoun, a description or absent, and its speaker was resolved by hand
 */
public record GoldQuote(
        String text,
        int start,
        int end,
        String speaker,
        String speakerKind,
        SpeakerKey speakerKey,
        String role,
        String saidOn,
        List<String> saidOnAlso,
        Boolean required,
        Boolean speakerChecked,
        Boolean roleChecked,
        Boolean dateChecked,
        Boolean reviewed) {

    public boolean isRequired() {
        return required == null || required;
    }

    /** A required quote whose source the text gives as a pronoun, a description or not at all (the hard subset). */
    public boolean isReviewed() {
        return Boolean.TRUE.equals(reviewed) && Boolean.TRUE.equals(required);
    }

    boolean isSpeakerChecked() {
        return !Boolean.FALSE.equals(speakerChecked);
    }

    boolean isRoleChecked() {
        return !Boolean.FALSE.equals(roleChecked);
    }

    boolean isDateChecked() {
        return !Boolean.FALSE.equals(dateChecked);
    }
}
