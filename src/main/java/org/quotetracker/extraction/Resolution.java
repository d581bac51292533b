package org.quotetracker.extraction;

/**
 * How the reading resolved a reference to its speaker, told to the ranker: a description whose title fits the person
 * ("the senator" for someone given "Sen." before) is firmer evidence than one that only points back like "he" ("the
 * former top aide" with no such title in the story), though both are shown to users as a title coreference. Not shown
 * to users: the method says what they need.
 */
enum Resolution {
    /** "he said", "it said": the pronoun's referent. */
    PRONOUN,
    /** "the senator said": the person the story titled so ("Sen. Tom Reed"). */
    TITLE_FITS,
    /** "the board said", "the company said": the institution whose name holds the head. */
    NAME_FITS,
    /** "the former top aide said": no title fits, so "the" points back, like "he", to the person the story is about. */
    POINTS_BACK,
    /** "the newspaper said": the latest news organisation named. */
    MEDIA,
    /** "the report said": the author the story gave the document. */
    DOCUMENT
}
