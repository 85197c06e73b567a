package org.milex.indexer.classify;

import java.util.List;

/**
 * How often a text hands a matter over to "the law" as something outside itself: "conforme a la ley", "nos
 * termos da lei", "as prescribed by law", "fixée par la loi". That is how a constitution is drafted: it sets
 * principles and leaves the details to laws yet to be made. A law says "esta ley" and leaves details to its
 * regulations. A chapter or a single article of a constitution, taken out with no title block, often names
 * neither itself nor the constitution, but still delegates in almost every sentence.
 */
final class Delegation {

    private static final Lexicon PHRASES = new Lexicon().add("law",
            "por ley; conforme a ley; conforme a la ley; de acuerdo con la ley; mediante ley; la ley determina; la ley establece; "
                    + "la ley regula; la ley fija; la ley senala; la ley dispone; que senala la ley; que establece la ley; "
                    + "que determina la ley; que fija la ley; "
                    + "nos termos da lei; na forma da lei; lei complementar; a lei dispora; a lei regulara; a lei estabelecera; "
                    + "a lei determinara; em lei; "
                    + "provided by law; prescribed by law; established by law; determined by law; parliament may by law; "
                    + "la loi fixe; la loi determine; la loi regle; la loi organise; fixe* par la loi; determine* par la loi; "
                    + "prevu* par la loi");
    /**
     * Delegations per thousand words from which a text that does not name itself reads as a constitution. On the
     * development set the laws, decrees, regulations and treaties reach at most 2.1 and the constitutional parts at least
     * 7.5; the bar sits between them.
     */
    static final double MIN_PER_THOUSAND = 4;
    /** Below this many, a short text's rate says nothing. */
    static final int MIN_HITS = 3;

    private Delegation() {
    }

    static boolean readsAsConstitution(List<String> tokens) {
        double hits = PHRASES.score(tokens).getOrDefault("law", 0.0);
        return hits >= MIN_HITS && hits * 1000 / Math.max(tokens.size(), 400) >= MIN_PER_THOUSAND;
    }
}
