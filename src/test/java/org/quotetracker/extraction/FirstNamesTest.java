package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first-name lexicon (first-names.txt, rebuilt from the US Social Security baby-name counts by
 * .ci/first-names.py): names that are overwhelmingly one sex have that gender, so "he said" / "she said" can tell two
 * people apart by their first names alone.
 */
class FirstNamesTest {

    private final Lexicon lex = Lexicon.get();

    @Test
    void namesMostlyOfOneSexHaveThatGender() {
        assertThat(lex.firstNameGender("Ted")).isEqualTo(Gender.M);
        assertThat(lex.firstNameGender("Chris")).isEqualTo(Gender.M);
        assertThat(lex.firstNameGender("Frank")).isEqualTo(Gender.M);
        assertThat(lex.firstNameGender("Carly")).isEqualTo(Gender.F);
        assertThat(lex.firstNameGender("Nikki")).isEqualTo(Gender.F);
        assertThat(lex.firstNameGender("Kamala")).isEqualTo(Gender.F);
        assertThat(lex.firstNameGender("Narendra")).isEqualTo(Gender.M);
    }

    @Test
    void namesGivenToBothSexesStayUnknown() {
        assertThat(lex.firstNameGender("Taylor")).isEqualTo(Gender.UNKNOWN);
        assertThat(lex.firstNameGender("Robin")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void placeholdersAndCommonWordsAreNoNames() {
        assertThat(lex.firstNameGender("Unknown")).isNull(); // the SSA's record for a child not yet named
        assertThat(lex.firstNameGender("Baby")).isNull();
        assertThat(lex.firstNameGender("Said")).isNull(); // a speech verb of lexicon.txt
        assertThat(lex.firstNameGender("Way")).isNull(); // a word the old list had as a man's name
        assertThat(lex.firstNameGender("Had")).isNull();
        assertThat(lex.firstNameGender("Hope")).isEqualTo(Gender.F); // a word, but a common name as well
    }

    @Test
    void heGoesToTheManWhenTheOtherPersonWasTheLastSubject() {
        String[] text = {
                "Ted Marsh has coached the team for eleven years.",
                "Carly Brennan announced the new contract on Monday.",
                "\"This program was built on patience and nothing else,\" he said."};
        assertThat(Extract.speaker("built on patience", text)).isEqualTo("Ted Marsh");
    }

    @Test
    void sheGoesToTheWomanWhenTheOtherPersonWasTheLastSubject() {
        String[] text = {
                "Nikki Harlan has run the food bank since 2009.",
                "Chris Dalton, the county executive, praised the volunteers on Monday.",
                "\"We could not have fed half as many families this winter,\" she said."};
        assertThat(Extract.speaker("fed half as many", text)).isEqualTo("Nikki Harlan");
    }
}
