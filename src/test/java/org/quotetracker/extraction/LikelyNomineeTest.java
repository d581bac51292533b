package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "the likely nominee said": "likely" stands inside a title before its head as "presumed" does, so the description
 * finds the person the story titled so; read as an adverb it ended the description and the quote was dropped.
 */
class LikelyNomineeTest {

    @Test
    void theLikelyNomineeIsThePersonTitledSo() {
        String[] text = {
                "Dana Hale won the primary on Tuesday after a long count.",
                "The Harbor Party's likely nominee, Hale, said the ferry plan was \"far too costly for the town.\"",
                "\"We will rebuild the pier first,\" the likely nominee said."};
        assertThat(Extract.speaker("rebuild the pier first", text)).isEqualTo("Dana Hale");
    }
}
