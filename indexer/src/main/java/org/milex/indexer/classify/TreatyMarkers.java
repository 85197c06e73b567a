package org.milex.indexer.classify;

import java.util.List;

/**
 * Whether a text reads like a treaty or declaration: states parties, ratification and accession clauses,
 * the depositary (international.txt), densely enough that a national law citing a treaty does not qualify.
 */
final class TreatyMarkers {

    private static final Lexicon MARKERS = Lexicon.load("international.txt");

    private TreatyMarkers() {
    }

    static boolean in(List<String> tokens) {
        double score = MARKERS.score(tokens).values().stream().mapToDouble(Double::doubleValue).sum();
        return score * 1000.0 / Math.max(tokens.size(), 400) >= 1.5 || score >= 25;
    }
}
