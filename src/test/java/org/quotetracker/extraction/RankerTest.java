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
        List<Candidate> candidates = List.of(new Candidate(null, "none", List.of("rule")), new Candidate(null, "none", List.of()));

        double[] p = Stages.probabilities(ranker, candidates);

        assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p[0]).isGreaterThan(p[1]);
        assertThat(Stages.best(p)).isZero();
    }

    @Test
    void onATieTheFirstCandidateWhichIsTheRulesChoiceWins() {
        double[] p = Stages.probabilities(Ranker.of(Map.of()), List.of(new Candidate(null, "none", List.of("a")), new Candidate(null, "none", List.of("b"))));

        assertThat(Stages.best(p)).isZero();
    }

    @Test
    void theWrittenModelListsEachWeightOnceInOrder() throws Exception {
        StringWriter out = new StringWriter();

        Ranker.of(Map.of("b", -1.5, "a", 0.25, "zero", 0.0)).write(out);

        assertThat(out.toString().lines().filter(l -> !l.startsWith("#")).toList()).containsExactly("a\t0.250000", "b\t-1.500000");
    }

    @Test
    void aTreeAddsTheValueOfTheLeafThePairsFeaturesLeadTo() {
        // has "agrees"? then has "subject-1"? 1.0 : 0.25; else -0.5
        Ranker.Tree tree = new Ranker.Tree(new int[] {0, 1, -1, -1, -1}, new int[] {1, 2, 0, 0, 0}, new int[] {4, 3, 0, 0, 0},
                new double[] {0, 0, 1.0, 0.25, -0.5});
        Ranker ranker = Ranker.of(Map.of("rule", 2.0), List.of("agrees", "subject-1"), List.of(tree));

        assertThat(ranker.score(List.of("agrees", "subject-1"))).isEqualTo(1.0);
        assertThat(ranker.score(List.of("agrees"))).isEqualTo(0.25);
        assertThat(ranker.score(List.of("subject-1", "rule"))).isEqualTo(1.5);
    }

    @Test
    void aCandidateScoresAsItsFeatureNamesDoTreesAndConjoinedFactsIncluded() {
        // a tree on the conjoined "pronoun|subject-1", then on "bias": the candidate's facts name neither
        Ranker.Tree tree = new Ranker.Tree(new int[] {0, 1, -1, -1, -1}, new int[] {1, 2, 0, 0, 0}, new int[] {4, 3, 0, 0, 0},
                new double[] {0, 0, 1.0, 0.25, -0.5});
        Ranker ranker = Ranker.of(Map.of("bias", 0.125, "rule", 2.0, "pronoun|rule", -0.75), List.of("pronoun|subject-1", "bias"), List.of(tree));

        for (Candidate c : List.of(new Candidate(null, "pronoun", List.of("rule", "subject-1")), new Candidate(null, "pronoun", List.of("rule")),
                new Candidate(null, "none", List.of("subject-1")))) {
            assertThat(ranker.score(c)).isEqualTo(ranker.score(c.features()));
        }
        assertThat(ranker.score(new Candidate(null, "pronoun", List.of("subject-1")))).isEqualTo(0.125 + 1.0);
    }

    @Test
    void aWrittenModelWithTreesReadsBackToTheSameScores() throws Exception {
        Ranker.Tree tree = new Ranker.Tree(new int[] {0, -1, -1}, new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, 0.75, -0.125});
        Ranker ranker = Ranker.of(Map.of("rule", 2.0), List.of("spoke-previous"), List.of(tree, tree));
        StringWriter out = new StringWriter();

        ranker.write(out);
        Ranker read = Ranker.parse(out.toString().lines().toList());

        for (List<String> features : List.of(List.of("rule", "spoke-previous"), List.of("spoke-previous"), List.of("rule"), List.<String>of())) {
            assertThat(read.score(features)).isEqualTo(ranker.score(features));
        }
    }

    @Test
    void theShippedModelIsTrained() {
        assertThat(Ranker.shipped().score(List.of("rule"))).isNotZero();
    }
}
