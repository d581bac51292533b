package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "It was …", "It's …": "it" before a form of "be" is an empty subject, never the one whose words a quote is. */
class CopularItTest {

    private final Discourse discourse = new Discourse();
    private final SentenceReader reader = new SentenceReader(discourse, new NounPhrases(), 0);

    @Test
    void itBeforeAFormOfBeIsNoMainSubject() {
        discourse.resolve(new NounPhrases().mentions(tokens("The Halden Harbor Board met on Monday.")).get(0), 0, 0);

        assertThat(reader.mainSubject(tokens("It wasn't the shouts of \"sink the levy now\" that worried the board."), 1)).isEmpty();
        assertThat(reader.mainSubject(tokens("It was \"a long night for every dock owner.\""), 1)).isEmpty();
    }

    private static List<Token> tokens(String sentence) {
        return Tokenizer.tokenize(sentence, 0, sentence.length(), QuoteScanner.scan(sentence, 0, sentence.length(), false));
    }
}
