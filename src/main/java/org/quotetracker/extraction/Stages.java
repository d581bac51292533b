package org.quotetracker.extraction;

import java.util.List;

/**
 * The order of attribution, in one place, in the shape of CoreNLP's QuoteAttributionAnnotator. For each quote, the
 * {@link #SIEVES} run in order over what the reading of its sentence found ({@link QuoteReading}); each reaches only
 * the quotes the ones before left without a speaker (one overrules them). The speaker a sieve reads from an explicit
 * speech verb, colon or participle with its own named subject, or from a signature line, is certain
 * ({@link Attribution#certain()}) and stands; every
 * other quote goes to the {@link Ranker}, which chooses among the {@link Candidates} and names the quote's method
 * {@code ranker} unless it agrees with the sieve. A quote's {@code method} is the name of the stage that decided it.
 */
final class Stages {

    /** The rules of attribution, in the order they are tried. */
    static final List<Sieve> SIEVES = List.of(
            new NameAndColon(),
            new GoverningVerb(),
            new OpeningClauseSubject(),
            new SentenceSpeaker(),
            new ColonSentence(),
            new PreviousSentence(),
            new Continuation(),
            new NextSentence(),
            new NextParagraph(),
            new SentenceSubject(),
            new NearestPerson());

    private Stages() {
    }

    /** The speaker the sieves give a quote, or null when none gives one. */
    static Attribution sieve(QuoteReading quote) {
        Attribution a = null;
        for (Sieve sieve : SIEVES) {
            a = sieve.attribute(quote, a);
        }
        return a;
    }

    /**
     * The speaker of a quote: the sieves' own when it is certain, else the candidate the ranker finds likeliest, with
     * the ranker's probability as its confidence. Null when there is no candidate: no one around can have said it.
     */
    static Attribution decide(Attribution sieved, List<Candidate> candidates, Ranker ranker) {
        return decide(sieved, false, candidates, ranker);
    }

    /**
     * As {@link #decide(Attribution, List, Ranker)}, where {@code stands} makes the sieves' speaker stand as a certain
     * one does: what the sentences around the quote say of it, which the sieve alone does not see.
     */
    static Attribution decide(Attribution sieved, boolean stands, List<Candidate> candidates, Ranker ranker) {
        double[] p = probabilities(ranker, candidates);
        if (sieved != null && (stands || sieved.certain())) {
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).entity() == sieved.speaker()) {
                    return sieved.reusedAs(sieved.method(), p[i]);
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int best = best(p);
        Referent e = candidates.get(best).entity();
        // the ranker agreeing with a sieve keeps the sieve's name, which tells a reader how the speaker was found
        return sieved != null && sieved.speaker() == e ? sieved.reusedAs(sieved.method(), p[best])
                : new Attribution(e, e.title, sieved == null ? null : sieved.cue(), AttributionMethod.RANKER, p[best]);
    }

    /** The ranker's probability for each candidate: a softmax of their scores, so that they sum to one per quote. */
    static double[] probabilities(Ranker ranker, List<Candidate> candidates) {
        double[] p = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            p[i] = ranker.score(candidates.get(i));
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
