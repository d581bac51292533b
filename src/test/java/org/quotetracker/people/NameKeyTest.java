package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transliterationsOfOneNameShareAKey() {
        assertThat(NameKey.of("Volodymyr Zelenskyy"))
                .isEqualTo(NameKey.of("Volodymyr Zelensky"))
                .isEqualTo(NameKey.of("Volodymyr Zelenskiy"))
                .isEqualTo(NameKey.of("VOLODYMYR ZELENSKÝ"));
    }

    @Test
    void accentsPunctuationAndSpacingDoNotCount() {
        assertThat(NameKey.of(" Karine   Jean-Pierre ")).isEqualTo(NameKey.of("KARINE JEAN-PIERRE"));
        assertThat(NameKey.of("Charles Q. Brown Jr.")).isEqualTo(NameKey.of("Charles Q Brown Jr"));
        assertThat(NameKey.of("François Hollande")).isEqualTo(NameKey.of("Francois Hollande"));
    }

    @Test
    void aLeadingTheDoesNotCountForNamesButDoesForTitles() {
        assertThat(NameKey.of("the Pentagon")).isEqualTo(NameKey.of("Pentagon"));
        assertThat(NameKey.ofTitle("the chief")).isNotEqualTo(NameKey.ofTitle("chief"));
    }

    @Test
    void titlesWithAndWithoutDotsAreOneTitle() {
        assertThat(NameKey.ofTitle("U.S. President")).isEqualTo(NameKey.ofTitle("US President"));
    }

    @Test
    void surnameIsTheLastWordBeforeAGenerationalSuffix() {
        assertThat(NameKey.surnameOf("Jens Stoltenberg")).isEqualTo("stoltenberg");
        assertThat(NameKey.surnameOf("Charles Q. Brown Jr.")).isEqualTo("brown");
        assertThat(NameKey.surnameOf("Karine Jean-Pierre")).isEqualTo(NameKey.of("Jean-Pierre"));
        assertThat(NameKey.surnameOf("Stoltenberg")).isNull();
    }
}
