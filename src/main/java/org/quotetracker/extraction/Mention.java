package org.quotetracker.extraction;

/**
 * A name in a sentence, with the title the sentence gives it.
 *
 * @param from  index of the first token of the whole phrase (title included) in the sentence
 * @param to    index just past the phrase's last token (appositive title included)
 * @param name  the name without title or honorific ("Charles Q. Brown Jr.")
 * @param title the title before the name or in an apposition after it, without article ("Kremlin spokesman"), or null
 * @param start offset of the name in the page text
 */
record Mention(int from, int to, String name, String title, SpeakerKind kind, Gender gender, int start) {

    boolean isPerson() {
        return kind == SpeakerKind.PERSON;
    }
}
