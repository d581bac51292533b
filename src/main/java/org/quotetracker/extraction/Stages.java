package org.quotetracker.extraction;

import java.util.List;
import java.util.Set;

/**
 * The order of attribution, in one place. The reading of each sentence (Attributor) proposes a speaker and says by
 * which rule; the sieves below are the rules certain enough to keep their speaker (an explicit speech verb or colon
 * with its subject); every other quote goes to the {@link Ranker}, which chooses among the {@link Candidates}.
 * A quote's {@code method} is the name of the stage that decided it.
 */
final class Stages {

    /** The sieves, most certain first: a name and a colon, "according to X", "“…,” X said", "X said “…”". */
    static final List<String> SIEVES = List.of("colon-intro", "according-to", "explicit-after", "explicit-before");
    /** The trained stage, which decides every quote no sieve is certain of. */
    static final String RANKER = "ranker";

    private static final Set<String> CERTAIN = Set.copyOf(SIEVES);

    private Stages() {
    }

    static boolean isCertain(String method) {
        return CERTAIN.contains(method);
    }

    /** The ranker's probability for each candidate: a softmax of their scores, so that they sum to one per quote. */
    static double[] probabilities(Ranker ranker, List<Candidate> candidates) {
        double[] p = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            p[i] = ranker.score(candidates.get(i).features());
            max = Math.max(max, p[i]);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(p[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The likeliest candidate; on a tie the first, which is the rule's own choice when there is one. */
    static int best(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
