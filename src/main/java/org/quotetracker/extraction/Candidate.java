package org.quotetracker.extraction;

import java.util.List;

/**
 * Someone who may have said a quote: an entity mentioned around it, with the facts of the pair as feature names
 * for the ranker ("subject of the previous sentence", "agrees with the pronoun he", ...).
 */
record Candidate(Referent entity, List<String> features) {
}
