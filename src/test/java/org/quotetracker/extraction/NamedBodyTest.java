package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "a firm called Pier Analytics": the name is the firm's, and "called" there names it, saying nothing. */
class NamedBodyTest {

    @Test
    void itAfterAFirmCalledAndItsNameIsThatFirm() {
        ExtractedQuote q = Extract.quote("shoreline",
                "The dock owners paid $30,000 to a firm called Pier Analytics, which sells what it calls \"shoreline\" maps to harbor towns.");

        assertThat(q.speaker()).isEqualTo(new Speaker("Pier Analytics", SpeakerKind.ORGANIZATION));
    }

    @Test
    void calledThatNamesABodyIsNoSpeechVerb() {
        String text = "The town hired a firm called Pier Analytics to map the docks.";
        assertThat(new SpeechVerbs(new SubjectPhrases(new NounPhrases())).cues(Tokenizer.tokenize(text, 0, text.length(), List.of())))
                .isEmpty();
    }
}
