package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A speech verb's "-s" form that ends a preposition's object ("in many Nordic states") is a plural noun, no verb. */
class PrepositionalPluralNounTest {

    @Test
    void pluralNounAfterAPrepositionAndItsModifiersGovernsNoQuote() {
        assertThat(Extract.speaker("silk mittens", "The ferry line opened in April.",
                "The line has stirred unease in many Nordic states, and it has worn \"silk mittens\" in its talks with the ports, said Ilse Varga, a shipping analyst."))
                .isEqualTo("Ilse Varga");
    }

    @Test
    void pluralNounInAnOpeningPhraseIsNoSubjectOfTheParticiple() {
        assertThat(Extract.speaker("make up her mind", "The harbor vote is next week.",
                "Alongside NRA calls for calm, even a veteran county organizer said Mayor Rusk must pick a side, saying, \"Sooner or later she will have to make up her mind.\""))
                .isEqualTo("a veteran county organizer");
    }

    @Test
    void verbAfterASubjectsOwnPrepositionalPhraseStillGoverns() {
        assertThat(Extract.quote("bring the ferries back", "The harbor vote is next week.",
                "\"We must bring the ferries back,\" a narrator in the new ad states.").cue()).isEqualTo("states");
    }
}
