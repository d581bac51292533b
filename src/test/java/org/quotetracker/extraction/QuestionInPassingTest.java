package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A speech verb in a clause after the main clause's person, with no quote of its own, leaves "he" to that person. */
class QuestionInPassingTest {

    @Test
    void aQuestionAskedInAWhenClauseLeavesHeToTheMainSubject() {
        assertThat(Extract.speaker("long and hot",
                "Sen. Tom Reed spoke about the ferry budget on Sunday.",
                "Reed did not sound hopeful when host Dale Orme asked whether the council would pass it. "
                        + "\"I expect a long and hot summer on the docks,\" he said."))
                .isEqualTo("Tom Reed");
    }

    @Test
    void aSpeakerWhoseWordsAreQuotedInTheClauseIsStillTheLatest() {
        assertThat(Extract.speaker("second vote",
                "Sen. Tom Reed spoke about the ferry budget on Sunday.",
                "Reed sat down after host Dale Orme said the council was \"simply out of money.\" "
                        + "\"We will need a second vote,\" he said."))
                .isEqualTo("Dale Orme");
    }
}
