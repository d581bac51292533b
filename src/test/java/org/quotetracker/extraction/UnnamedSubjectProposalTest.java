package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A quote in a sentence with no speech verb whose subject is unnamed people ("the mayor's lawyers") is proposed as
 * theirs, not as the first name in the sentence; an unnamed subject that is a thing is proposed as no one's.
 */
class UnnamedSubjectProposalTest {

    @Test
    void unnamedPeopleAsSubjectAreTheRulesProposal() {
        RankingExample last = Extract.lastRankingExample(
                "The harbor board met on Tuesday to weigh the dredging plan, which has split the town for months.",
                "In reply to the suit, Mayor Quill's lawyers relied on old maps and older deeds to defend the claim that "
                        + "the pier is \"public land by any measure.\"");

        String lawyers = names(last).stream().filter(n -> n.contains("lawyers")).findFirst().orElseThrow();
        assertThat(Extract.features(last, lawyers)).contains("rule");
        assertThat(Extract.features(last, "Quill")).doesNotContain("rule");
    }

    @Test
    void anUnnamedThingAsSubjectIsNoSpeaker() {
        List<ExtractedQuote> quotes = Extract.quotes(
                "Mayor Tom Reed wants the harbor budget passed before the summer.",
                "A noisy turf war at the meeting could leave the harbor plan \"dead in the water for a year or more.\"");

        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("turf war"));
    }

    private static List<String> names(RankingExample example) {
        return example.candidates().stream().map(c -> c.speaker()).toList();
    }
}
