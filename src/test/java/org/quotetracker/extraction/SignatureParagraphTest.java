package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A paragraph that opens with a dash and a name ("- Ann Ruel.") signs the quote-only paragraph above it. */
class SignatureParagraphTest {

    @Test
    void aDashAndANameUnderAQuoteOnlyParagraphSignIt() {
        String[] text = {
                "The clerk read the figures aloud.",
                "\"We will need more money for the harbor before the winter comes around again.\"",
                "-Councilwoman Ann Ruel, speaking after the vote."};
        assertThat(Extract.speaker("before the winter", text)).isEqualTo("Ann Ruel");
    }

    @Test
    void aSignatureOverrulesTheSourceOfTheSentenceBefore() {
        String[] text = {
                "Mayor Tom Vickery spoke to the council about the harbor on Tuesday.",
                "\"We will need more money for the harbor before the winter comes around again.\"",
                "- Ann Ruel."};
        assertThat(Extract.speaker("before the winter", text)).isEqualTo("Ann Ruel");
    }
}
