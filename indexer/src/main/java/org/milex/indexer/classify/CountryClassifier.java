package org.milex.indexer.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says whose law a text is: the state whose names, demonyms, gazette and institutions it cites most, with the
 * head of the document (where the enacting authority speaks) counting double; or {@code INT} for a treaty or
 * declaration. A folder named with a country code only tips a close call: a file must classify alone.
 */
public final class CountryClassifier {

    /** Names too common as words or places elsewhere to count as evidence on their own. */
    private static final Set<String> AMBIGUOUS_NAMES = Set.of("salvador", "granada", "canada", "dominica");
    private static final Lexicon STATES = buildStates();
    private static final int HEAD_TOKENS = 600;
    /**
     * A place-and-date line in a capital ({@link Datelines}), read for national instruments only (a declaration
     * or treaty is signed in some capital): below the least evidence alone, but enough to name a state when the
     * text names none, and to tip a close call.
     */
    private static final double DATELINE = 5;
    /** Least evidence (weighted hits) to name a state without help. */
    private static final double MIN_SCORE = 8;

    private static Lexicon buildStates() {
        Lexicon lexicon = new Lexicon();
        for (Country c : Country.states()) {
            StringBuilder terms = new StringBuilder(c.markers());
            for (String name : new java.util.LinkedHashSet<>(List.of(c.nameEn(), c.nameEs(), c.namePt(), c.nameFr()))) {
                if (!AMBIGUOUS_NAMES.contains(Folding.fold(name))) {
                    terms.append("; ").append(name.replace(';', ' ')).append("=3");
                }
            }
            lexicon.add(c.code(), terms.toString());
        }
        return lexicon;
    }

    /**
     * @param international true when the instrument's type is treaty or declaration
     * @param treatyText    true when the text reads like a treaty ({@link TreatyMarkers})
     * @param folderHint    the name of the folder holding the file (may be anything)
     * @return an ISO code, {@code INT}, or null when the text gives no evidence at all
     */
    public String classify(List<String> tokens, boolean international, boolean treatyText, String folderHint) {
        Map<String, Double> scores = new HashMap<>(STATES.score(tokens));
        STATES.score(tokens.subList(0, Math.min(HEAD_TOKENS, tokens.size())))
                .forEach((code, s) -> scores.merge(code, s, Double::sum));
        String signedIn = international ? null : Datelines.signedIn(tokens);
        if (signedIn != null) {
            scores.merge(signedIn, DATELINE, Double::sum);
        }

        String hint = folderHint == null ? null : folderHint.toUpperCase();
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (hint != null && Country.isCode(hint) && !hint.equals(Country.INTERNATIONAL)) {
            scores.merge(hint, Math.max(5, 0.3 * top), Double::sum);
        }
        var best = scores.entrySet().stream().max(Map.Entry.comparingByValue());

        if (international && (treatyText || best.isEmpty() || best.get().getValue() < MIN_SCORE)) {
            return Country.INTERNATIONAL;
        }
        if (best.isPresent() && best.get().getValue() >= MIN_SCORE) {
            return best.get().getKey();
        }
        if (treatyText || Country.INTERNATIONAL.equals(hint)) {
            return Country.INTERNATIONAL;
        }
        return best.map(Map.Entry::getKey).orElse(null);
    }
}
