package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "“…,” a 40-year-old nurse said", "“…,” said a 2010 campaign veteran": an age or a year right after "a" is a word of
 * the indefinite description, whose head names the unnamed speaker; the number used to end the reading and the quote
 * was dropped.
 */
class AgeOrYearInDescriptionTest {

    @Test
    void anIndefiniteDescriptionWithAnAgeBeforeTheVerbSpeaks() {
        String[] text = {
                "The county clinic on Elm Row closed its night ward last winter.",
                "\"We send the sick across the river now,\" a 40-year-old nurse said."};
        assertThat(Extract.speaker("across the river", text)).startsWith("a 40").endsWith("nurse");
    }

    @Test
    void aHyphenatedAgeIsWrittenAsTheTextWritesIt() {
        String[] text = {
                "The county clinic on Elm Row closed its night ward last winter.",
                "\"We send the sick across the river now,\" a 40-year-old nurse said."};
        assertThat(Extract.speaker("across the river", text)).isEqualTo("a 40-year-old nurse");
    }

    @Test
    void anIndefiniteDescriptionWithAYearAfterTheVerbSpeaks() {
        String[] text = {
                "Mayor Tom Quill lost the harbor vote by a wide margin on Tuesday.",
                "\"He never spoke to the fishermen,\" said a 2010 campaign veteran."};
        assertThat(Extract.speaker("never spoke to the fishermen", text)).isEqualTo("a 2010 campaign veteran");
    }
}
