package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where sentences end. */
class SentenceSplitterTest {

    @Test
    void aQuoteOfNoWordsEndsItsSentenceAtItsClosingMarkBeforeACapitalisedWord() {
        String text = "Ada Stroud held a sign that read \"9!\" Her son, Ivo, 12, waved a flag.";
        List<List<Token>> sentences = SentenceSplitter.split(Tokenizer.tokenize(text, 0, text.length(), QuoteScanner.scan(text, 0, text.length(), false)));

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).get(0).text()).isEqualTo("Her");
    }
}
