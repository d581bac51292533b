package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A verb's subject read past the tail of its noun ("a letter to board members calls", "Republicans with ties to both
 * Pells cited"), past an owner's description ("Pell's running mate Ann Lowe"), and a quote given to the one whose words
 * it is ("remarks Reeve made … saying", "quoting Reeve: “…”").
 */
class SubjectTailReadingTest {

    private static final String LEAD = "Mayor Dana Pell spoke on Friday.";

    @Test
    void theOnesALetterIsSentToDidNotWriteIt() {
        assertThat(Extract.speaker("broken pipe", LEAD
                + " A short letter to board members calls for the town to fix \"every broken pipe by June.\"")).isNotEqualTo("board members");
    }

    @Test
    void theNounsModifyingTheAddresseesAreNoSubjectEither() {
        assertThat(Extract.speaker("broken pipe", LEAD
                + " A short letter to the harbor board members calls for the town to fix \"every broken pipe by June.\""))
                .isNotIn("board members", "harbor board members");
    }

    @Test
    void aLetterFromASenderObtainedByAnOutletIsTheSenders() {
        assertThat(Extract.speaker("cost the town", LEAD
                + " A March 3 letter from the Harbor Guild obtained by the Daily Ledger warns that \"any delay will cost the town dearly.\""))
                .isEqualTo("Harbor Guild");
    }

    @Test
    void aPluralSubjectWithAPrepositionalTailIsTheGroup() {
        assertThat(Extract.speaker("dangerous trap", LEAD
                + " Several veteran Republicans with close ties to both Pells cited another \"dangerous trap\" in the plan."))
                .isEqualTo("Several veteran Republicans");
    }

    @Test
    void theNameAfterAnOwnersDescriptionIsTheSubjectNotTheOwner() {
        assertThat(Extract.speaker("a farce", "Dana Pell spoke on Friday in the harbor town.",
                "Pell's running mate Ann Lowe stayed home, calling the vote \"a farce.\"")).isEqualTo("Ann Lowe");
    }

    @Test
    void aParticipleAfterWordsSomeoneMadeIsTheMakers() {
        assertThat(Extract.speaker("never liked", LEAD
                + " Critics pointed to remarks Tom Reeve made in 2009 saying he \"never liked the harbor.\"")).isEqualTo("Tom Reeve");
    }

    @Test
    void theWordsAfterAQuotedNameAndItsColonAreThatNames() {
        assertThat(Extract.speaker("heart of this town", LEAD
                + " She ended her remarks by quoting Tom Reeve in French: \"The harbor is the heart of this town.\"")).isEqualTo("Tom Reeve");
    }

    @Test
    void aQuotedNameWithALowercaseParticleIsOneName() {
        assertThat(Extract.speaker("heart of this town", LEAD
                + " The Yale art-history graduate ended her remarks by quoting Tomas da Reeve in French: \"The harbor is the heart of this town.\""))
                .isEqualTo("Tomas da Reeve");
    }
}
