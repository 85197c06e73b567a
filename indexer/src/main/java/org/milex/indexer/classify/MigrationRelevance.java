package org.milex.indexer.classify;

import java.util.List;

/**
 * Whether a text is about migration at all, before any topic is considered: a law on waste, traffic or trade
 * that names foreigners a few times must get no migration topic. A text qualifies when the words that name
 * migration itself (migration.txt) are dense enough over the whole text, or concentrated in one passage (a
 * constitution's nationality chapter, a treaty's article on refugees), or when its title names the subject.
 */
final class MigrationRelevance {

    static final Lexicon CORE = Lexicon.load("migration.txt");
    /** Weighted core hits per thousand words at or above which the whole text is about migration. */
    static final double MIN_DENSITY = 2.0;
    /** Words in the sliding passage, and the weighted hits it must reach. */
    static final int WINDOW = 300;
    static final double MIN_WINDOW = 9;

    private MigrationRelevance() {
    }

    static boolean of(List<String> titleTokens, List<String> tokens) {
        if (!CORE.score(titleTokens).isEmpty()) {
            return true;
        }
        double[] hits = CORE.hitsAt(tokens);
        double total = 0;
        double window = 0;
        double best = 0;
        for (int i = 0; i < hits.length; i++) {
            total += hits[i];
            window += hits[i];
            if (i >= WINDOW) {
                window -= hits[i - WINDOW];
            }
            best = Math.max(best, window);
        }
        double density = total * 1000.0 / Math.max(tokens.size(), 400);
        return density >= MIN_DENSITY || best >= MIN_WINDOW;
    }
}
