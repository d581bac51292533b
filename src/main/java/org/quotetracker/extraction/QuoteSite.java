package org.quotetracker.extraction;

/**
 * One quotation where it stands, with what the reading of its sentence found: the rule-based attribution (null when
 * no rule named anyone), the speaker of the quote before it, and the personal pronoun that is the subject of its
 * speech verb ("he said"), if any.
 */
record QuoteSite(QuoteSpan span, Sentence sentence, boolean partial, Attribution rule, Referent previousSpeaker,
                 String pronoun, int words) {
}
