package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "He is predicting", "he’s predicting": an "-ing" form after "be" is a finite verb whose subject comes before it. */
class ProgressiveSpeechVerbTest {

    @Test
    void aPronounBeforeAProgressiveSpeechVerbSpeaks() {
        assertThat(Extract.speaker("dead on arrival", "Ana Ruiz met the council on Monday.",
                "She is saying the plan is \"dead on arrival\" now.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aContractedPronounIsNoPossessiveAndSpeaks() {
        assertThat(Extract.speaker("every county", "Tom Reed spoke to the crowd on Monday.",
                "He’s predicting he will carry \"every county\" in the fall.")).isEqualTo("Tom Reed");
    }
}
