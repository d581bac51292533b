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

    @Test
    void aSignatureIsCertainAndTheRankerDoesNotOverruleIt() {
        String[] text = {
                "\"The pier will hold through the storms,\" Mayor Tom Vickery said at the dock.",
                "\"We will need more money for the harbor before the winter comes around again.\"",
                "- Ann Ruel."};
        assertThat(Extract.speaker("before the winter", text)).isEqualTo("Ann Ruel");
        assertThat(Extract.quote("before the winter", text).method()).isEqualTo(AttributionMethod.NEXT_PARAGRAPH);
        // a signature has no verb; a next paragraph that names the speaker with one ("That was how Ruel put it") is a guess
        assertThat(new Attribution(null, null, null, AttributionMethod.NEXT_PARAGRAPH, 0.6).certain()).isTrue();
        assertThat(new Attribution(null, null, "put", AttributionMethod.NEXT_PARAGRAPH, 0.6).certain()).isFalse();
    }
}
