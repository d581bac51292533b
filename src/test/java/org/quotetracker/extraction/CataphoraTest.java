package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A described speaker whom the story names right after ("A senior adviser says …" / "Nora Whitcombe spoke …"). */
class CataphoraTest {

    @Test
    void aDescribedSpeakerIsThePersonTheNextSentenceOpensWith() {
        String[] text = {
                "A campaign adviser says the budget is \u201con a steady course for the rest of the year.\u201d",
                "Nora Whitcombe spoke to reporters Friday after a meeting with county leaders."};
        assertThat(Extract.speaker("steady course", text)).isEqualTo("Nora Whitcombe");
    }

    @Test
    void aPersonWithAnotherTitleIsSomeoneElse() {
        String[] text = {
                "A campaign adviser says the budget is \u201con a steady course for the rest of the year.\u201d",
                "Former Treasury Secretary Paul Renner is now a partner at a law firm."};
        assertThat(Extract.speaker("steady course", text)).isNotEqualTo("Paul Renner").contains("adviser");
    }

    @Test
    void aDescribedSpeakerIsTheNextSentencesSpeakerWhoseTitleHasTheSameHead() {
        String[] text = {
                "A city lawyer says the lease is \u201cvoid from the start and cannot be saved.\u201d",
                "The lease will be reviewed again in March, said Wendell Ashby, a lawyer for the city."};
        assertThat(Extract.speaker("void from the start", text)).isEqualTo("Wendell Ashby");
    }
}
