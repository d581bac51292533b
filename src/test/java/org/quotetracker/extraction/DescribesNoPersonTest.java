package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An unnamed referent whose description is of no person ("a long court battle") is marked so for the ranker. */
class DescribesNoPersonTest {

    @Test
    void anEventReadAsAnUnnamedSubjectIsMarkedAsNoPerson() {
        RankingExample last = Extract.lastRankingExample(
                "Mayor Tom Reed wants the harbor budget passed before the summer.",
                "A noisy turf war at the meeting could drag on for days.",
                "\"We cannot wait that long,\" he said.");

        assertThat(names(last)).anyMatch(n -> n.contains("turf war"));
        assertThat(Extract.features(last, names(last).stream().filter(n -> n.contains("turf war")).findFirst().orElseThrow()))
                .contains("describes-no-person");
        assertThat(Extract.features(last, "Tom Reed")).doesNotContain("describes-no-person");
    }

    @Test
    void anUnnamedVoterIsAPerson() {
        assertThat(Discourse.namesAPerson("retired voter at the forum")).isTrue();
        assertThat(Discourse.namesAPerson("middle-aged woman")).isTrue();
        assertThat(Discourse.namesAPerson("long court battle")).isFalse();
    }

    private static List<String> names(RankingExample example) {
        return example.candidates().stream().map(c -> c.speaker()).toList();
    }
}
