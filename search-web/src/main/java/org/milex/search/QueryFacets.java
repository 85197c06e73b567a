package org.milex.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.milex.indexer.classify.Country;
import org.milex.indexer.classify.Folding;
import org.milex.indexer.classify.InstrumentType;

/**
 * The words of a question that name a state or a kind of instrument ("¿La Constitución del Perú garantiza…?",
 * "Who can apply for asylum in the United States?", "Quem é brasileiro nato?"). Such a word is satisfied by an
 * instrument of that state or kind as well as by the word in its text: a Peruvian constitution chapter need not
 * say "Perú" to be what the question asks for.
 */
final class QueryFacets {

    /** A state or type named by the words starting at a position, and how many words name it. */
    record Named(String dimension, String value, int length) {
    }

    private static final Map<String, String> STATES = new HashMap<>();
    private static final Map<String, String> DEMONYMS = new HashMap<>();
    private static final Map<String, String> TYPES = new HashMap<>();
    private static final int LONGEST = 5;

    static {
        for (Country c : Country.states()) {
            for (String name : List.of(c.nameEn(), c.nameEs(), c.namePt(), c.nameFr())) {
                STATES.put(key(name), c.code());
                // "Estados Unidos de América" is also "Estados Unidos"
                String shortName = name.replaceAll("(?i)\\s+(de|da|of)\\s+Am[ée]rica$", "");
                STATES.put(key(shortName), c.code());
            }
            // demonym stems among the markers: "mexican*", "brasileir*", "peruan*"
            for (String spec : c.markers().split(";")) {
                String term = spec.strip().replaceAll("=.*$", "").strip();
                if (term.endsWith("*") && !term.contains(" ") && term.length() >= 6) {
                    DEMONYMS.put(term.substring(0, term.length() - 1), c.code());
                }
            }
        }
        STATES.put(key("EE. UU."), "US");
        STATES.put(key("EEUU"), "US");
        STATES.put(key("USA"), "US");
        STATES.put(key("EUA"), "US");
        type(InstrumentType.CONSTITUTION, "constitución", "constituição", "constitution", "carta magna", "carta fundamental");
        type(InstrumentType.TREATY, "convención", "convenção", "convention", "tratado", "treaty", "traité", "protocolo", "protocol", "protocole",
                "pacto", "covenant");
        type(InstrumentType.DECLARATION, "declaración", "declaração", "déclaration", "declaration");
        type(InstrumentType.DECREE, "decreto", "decree", "décret", "executive order", "orden ejecutiva", "proclamation");
        type(InstrumentType.REGULATION, "reglamento", "regulamento", "règlement", "regulations", "regulation");
    }

    private QueryFacets() {
    }

    private static void type(InstrumentType t, String... words) {
        for (String w : words) {
            TYPES.put(key(w), t.id());
        }
    }

    /** The longest state or type name that the words starting at {@code start} form, if any. */
    static Optional<Named> at(List<String> words, int start) {
        for (int len = Math.min(LONGEST, words.size() - start); len >= 1; len--) {
            String k = key(String.join(" ", words.subList(start, start + len)));
            if (k.isEmpty()) {
                continue;
            }
            if (STATES.containsKey(k)) {
                return Optional.of(new Named("country", STATES.get(k), len));
            }
            if (TYPES.containsKey(k)) {
                return Optional.of(new Named("type", TYPES.get(k), len));
            }
            if (len == 1) {
                for (var d : DEMONYMS.entrySet()) {
                    if (k.startsWith(d.getKey())) {
                        return Optional.of(new Named("country", d.getValue(), 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String s) {
        return String.join(" ", Folding.tokens(s));
    }
}
