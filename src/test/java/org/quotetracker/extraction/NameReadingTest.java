package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names whose words are also titles or months, read as the article uses them. */
class NameReadingTest {

    private static final String LEAD = "Rep. Walt King and Dana Major toured the flooded orchard on Tuesday.";

    @Test
    void aLoneTitleWordThatIsAKnownSurnameIsThatPerson() {
        assertThat(Extract.speaker("pear trees", LEAD, "\"Half the pear trees are gone,\" King said.")).isEqualTo("Walt King");
    }

    @Test
    void aLoneRankThatIsAKnownSurnameIsThatPerson() {
        assertThat(Extract.speaker("insurance", LEAD, "\"The insurance will not cover it,\" Major said.")).isEqualTo("Dana Major");
    }

    @Test
    void aKnownSurnameAfterSaidIsThatPerson() {
        assertThat(Extract.speaker("rebuild", LEAD, "\"We will rebuild the orchard,\" said King.")).isEqualTo("Walt King");
    }

    @Test
    void aTitleWordAfterTheStaysATitle() {
        NounPhrases phrases = new NounPhrases();
        phrases.knowSurnames(w -> w.equals("King"));
        String text = "They bowed to the King today.";
        assertThat(phrases.mentions(Tokenizer.tokenize(text, 0, text.length(), java.util.List.of()))).isEmpty();
    }

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
}
