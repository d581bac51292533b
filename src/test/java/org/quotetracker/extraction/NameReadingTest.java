package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names whose first word is also a month, read as the article uses them. */
class NameReadingTest {

    @Test
    void aMonthBeforeASurnameIsAFirstName() {
        assertThat(Extract.speaker("twenty years", "Her neighbour Jan Torvik came to the hearing.",
                "\"I have kept bees here for twenty years,\" said Jan Torvik.")).isEqualTo("Jan Torvik");
    }

    @Test
    void aMonthOpeningASentenceBeforeASurnameIsAFirstName() {
        assertThat(Extract.speaker("paperwork", "\"The paperwork took a month,\" April Dunmore said.")).isEqualTo("April Dunmore");
    }

    @Test
    void aMonthAfterInStaysAMonth() {
        String text = "In May Congress will vote on the repairs.";
        assertThat(new NounPhrases().mentions(Tokenizer.tokenize(text, 0, text.length(), java.util.List.of())))
                .extracting(Mention::name).containsExactly("Congress");
    }

    @Test
    void aMonthFirstNameOpensTheSubjectBeforeAnApposition() {
        assertThat(Extract.speaker("gamble", "The mayor Tom Lorne spoke on Friday.",
                "State auditor June Halvik, a longtime critic of Lorne, calls the pipeline plan \"a gamble\" with public money."))
                .isEqualTo("June Halvik");
    }

    private static Gender genderOf(String text) {
        return new NounPhrases().mentions(Tokenizer.tokenize(text, 0, text.length(), java.util.List.of())).stream()
                .filter(m -> m.kind() == SpeakerKind.PERSON).findFirst().orElseThrow().gender();
    }

    @Test
    void aWomansFirstNameBeatsASpokesmanTitleButNotInANameOfTwoFirstNames() {
        assertThat(genderOf("Campaign spokesman Alice Nardone said the event was full.")).isEqualTo(Gender.F);
        // "Mei Lan" may be written surname first: both words are first names, so the title decides
        assertThat(genderOf("Spokesman Mei Lan said the talks went well.")).isEqualTo(Gender.M);
    }

    @Test
    void anHonorificBeforeALoneSurnameInMidSentenceMakesAPersonAPronounReaches() {
        assertThat(Extract.speaker("without a new levy", "The council met on Monday and Mrs. Adebayo presented the budget.",
                "\"We can manage without a new levy,\" she said.")).isEqualTo("Adebayo");
    }

    @Test
    void aLoneUnknownCapitalisedWordInMidSentenceIsStillNoOne() {
        assertThat(Extract.quotes("The council met on Monday and Harbourside presented the budget.",
                "\"We can manage without a new levy,\" she said.")).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .doesNotContain("Harbourside");
    }

    @Test
    void ofAndANameAfterAFullNameSayWhereThePersonWorksNotWhoTheyAre() {
        assertThat(Extract.speaker("Prices will rise", "\"Prices will rise,\" said economist Mara Quist of Nordbank."))
                .isEqualTo("Mara Quist");
    }

    @Test
    void ofInsideANameWithNoFirstNameBeforeItStaysInTheName() {
        String text = "Bank of America cut its forecast.";
        assertThat(new NounPhrases().mentions(Tokenizer.tokenize(text, 0, text.length(), java.util.List.of())))
                .extracting(Mention::name).containsExactly("Bank of America");
    }
}
