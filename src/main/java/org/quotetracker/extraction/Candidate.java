package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone who may have said a quote: an entity mentioned around it, with the facts of the pair ("subject of the
 * previous sentence", "agrees with the pronoun he", ...) and the context they are read in (the code of the rule that
 * reached the quote, or "none").
 */
record Candidate(Referent entity, String context, List<String> facts) {

    /**
     * The pair's feature names as the ranker is trained on them: a bias, then each fact alone and conjoined with the
     * context ("pronoun|subject-1"), so that the ranker may weigh a fact differently after "he said" than in a
     * quote-only paragraph.
     */
    List<String> features() {
        List<String> features = new ArrayList<>(facts.size() * 2 + 1);
        features.add("bias");
        for (String f : facts) {
            features.add(f);
            features.add(context + "|" + f);
        }
        return features;
    }
}
