package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A capitalised word that opens a sentence and that the story also writes in lower case is a common word, no one. */
class CommonWordOpenerTest {

    private static final String STORY = "Good planning pays off only when the numbers are plain. The good news came later.";

    @Test
    void anOpenerTheStoryWritesInLowerCaseIsNoSubject() {
        SentenceReader reader = new SentenceReader(new Discourse(), new NounPhrases(), 0,
                LowerCaseWords.of(STORY, List.of(new Block(0, STORY.length()))));
        String sentence = "Good planning pays off only when the numbers are plain.";
        List<Token> tokens = Tokenizer.tokenize(sentence, 0, sentence.length(), List.of());

        assertThat(reader.mainSubject(tokens, 0)).isEmpty();
    }

    @Test
    void aSurnameTheStoryHasUsedStaysTheSubject() {
        assertThat(Extract.speaker("whole town", "The council heard from Dara West on Monday.",
                "West pays off only those who \"keep the numbers plain and easy to share across the whole town.\"",
                "The west bank of the river flooded."))
                .isEqualTo("Dara West");
    }
}
