package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words a story writes in lower case, which tell a capitalised opener from a name. */
class LowerCaseWordsTest {

    private static LowerCaseWords of(String story) {
        return LowerCaseWords.of(story, List.of(new Block(0, story.length())));
    }

    @Test
    void aCapitalisedWordTheStoryAlsoWritesInLowerCaseIsFound() {
        assertThat(of("Plenty of rain fell. The farmers had plenty.").writes("Plenty")).isTrue();
    }

    @Test
    void aWordWrittenOnlyCapitalisedIsNotFound() {
        assertThat(of("Marlow came home. The boats were late.").writes("Marlow")).isFalse();
    }

    @Test
    void aContractionMatchesWhateverApostropheEachSpellingUses() {
        assertThat(of("They’re late again. Still, they're welcome.").writes("They’re")).isTrue();
    }
}
