package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankerTest {

    @Test
    void aCandidateScoresTheSumOfItsFeatureWeights() {
        Ranker ranker = Ranker.of(Map.of("rule", 2.0, "subject-1", 0.5));

        assertThat(ranker.score(List.of("rule", "subject-1", "unknown"))).isEqualTo(2.5);
    }

    @Test
    void probabilitiesOfTheCandidatesOfAQuoteSumToOne() {
        Ranker ranker = Ranker.of(Map.of("rule", 2.0));
        List<Candidate> candidates = List.of(new Candidate(null, List.of("rule")), new Candidate(null, List.of()));

        double[] p = Stages.probabilities(ranker, candidates);

        assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p[0]).isGreaterThan(p[1]);
        assertThat(Stages.best(p)).isZero();
    }

    @Test
    void onATieTheFirstCandidateWhichIsTheRulesChoiceWins() {
        double[] p = Stages.probabilities(Ranker.of(Map.of()), List.of(new Candidate(null, List.of("a")), new Candidate(null, List.of("b"))));

        assertThat(Stages.best(p)).isZero();
    }

    @Test
    void theWrittenModelListsEachWeightOnceInOrder() throws Exception {
        StringWriter out = new StringWriter();

        Ranker.of(Map.of("b", -1.5, "a", 0.25, "zero", 0.0)).write(out);

        assertThat(out.toString().lines().filter(l -> !l.startsWith("#")).toList()).containsExactly("a\t0.250000", "b\t-1.500000");
    }

    @Test
    void theShippedModelIsTrained() {
        assertThat(Ranker.shipped().score(List.of("rule"))).isNotZero();
    }
}
