package org.quotetracker.extraction;

/** What kind of source said the words. */
public enum SpeakerKind {
    /** A named individual. */
    PERSON,
    /** A government, ministry, company, newspaper, report or other institution. */
    ORGANIZATION,
    /** An unnamed source such as "a US official". */
    ANONYMOUS
}
