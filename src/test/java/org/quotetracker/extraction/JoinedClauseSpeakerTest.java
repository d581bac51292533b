package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "…, and X denounced the plan and said “…”": the verb after "and" shares the subject of its own joined clause. */
class JoinedClauseSpeakerTest {

    @Test
    void aVerbAfterAndSharesTheSubjectOfItsOwnClauseAfterCommaAnd() {
        assertThat(Extract.speaker("return every gift", "The vote on the marina came on Tuesday.",
                "A group of pastors urged members to stay home from the vote, and the Halden Civic League sharply denounced the plan and said it would \"return every gift\" from the builder."))
                .isEqualTo("Halden Civic League");
    }

    @Test
    void aDescriptionInAppositionBeforeTheNameStillOpensTheJoinedClause() {
        assertThat(Extract.speaker("return every gift", "The vote on the marina came on Tuesday.",
                "A group of pastors urged members to stay home from the vote, and the local civic group the Halden Civic League sharply denounced the plan and said it would \"return every gift\" from the builder."))
                .isEqualTo("Halden Civic League");
    }
}
