package org.milex.indexer.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.milex.indexer.citation.Citations;
import org.milex.indexer.classify.Folding;

/**
 * Recognises a text as an instrument the catalog knows, when its bytes are not those the catalog lists: another
 * copy, format or edition of the same law. By the instrument's own citation (its number, as {@link Citations}
 * keys, in the same state: "Ley N° 20.507" is {@code ley:20507} in Chile), or for international instruments by
 * their official title in any of the hemisphere's languages ("Protocolo para prevenir, reprimir y sancionar la
 * trata de personas…" is the Palermo trafficking protocol).
 */
public final class CatalogMatch {

    /** Title words shared, as an F1 of word sets, at or above which two titles name one instrument. */
    static final double SAME_TITLE = 0.85;
    private static final Set<String> SMALL = Set.of("de", "del", "la", "las", "los", "el", "the", "of", "and", "y", "e", "et",
            "da", "do", "das", "dos", "des", "du", "le", "les", "a", "o", "en", "in", "on", "sur", "sobre", "para", "por", "pour", "to");

    private final Map<String, List<CatalogRecord>> byCitation = new HashMap<>();
    private final List<Map.Entry<Set<String>, CatalogRecord>> international = new ArrayList<>();
    private final Map<String, List<CatalogRecord>> constitutions = new HashMap<>();

    public CatalogMatch(Catalog catalog) {
        for (CatalogRecord r : catalog.records()) {
            if (r.isAbsence()) {
                continue;
            }
            for (String key : Citations.keys(r.number())) {
                byCitation.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
            if ("INT".equals(r.country())) {
                Set<String> titles = new LinkedHashSet<>();
                titles.add(r.title());
                if (r.titleEn() != null) {
                    titles.add(r.titleEn());
                }
                titles.addAll(r.titlesOrEmpty().values());
                for (String t : titles) {
                    international.add(Map.entry(words(t), r));
                }
            }
            if ("constitution".equals(r.type())) {
                constitutions.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /**
     * The record a text is a copy of, if any.
     *
     * @param exclude a record that must not be found (the text's own, when measuring recognition)
     */
    public Optional<CatalogRecord> identify(String title, String number, String country, String type, String exclude) {
        Set<String> keys = new LinkedHashSet<>(Citations.keys(number));
        if (title != null) {
            Citations.find(title).stream().filter(f -> f.start() == 0).forEach(f -> keys.add(f.key()));
        }
        for (String key : keys) {
            for (CatalogRecord r : byCitation.getOrDefault(key, List.of())) {
                if (!r.id().equals(exclude) && r.country().equals(country)) {
                    return Optional.of(r);
                }
            }
        }
        boolean international = "INT".equals(country) || "treaty".equals(type) || "declaration".equals(type);
        if (title != null && international) {
            Set<String> w = words(title);
            CatalogRecord best = null;
            double bestScore = SAME_TITLE;
            for (var e : this.international) {
                double s = f1(w, e.getKey());
                if (s >= bestScore && !e.getValue().id().equals(exclude)) {
                    best = e.getValue();
                    bestScore = s;
                }
            }
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }

    /** A state's constitution in the catalog (for the year of a chapter that does not print it), if it has one. */
    public Optional<CatalogRecord> constitutionOf(String country, String exclude) {
        List<CatalogRecord> cs = constitutions.getOrDefault(country, List.of()).stream().filter(r -> !r.id().equals(exclude)).toList();
        return cs.size() == 1 ? Optional.of(cs.get(0)) : Optional.empty();
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : Folding.tokens(s)) {
            if (!SMALL.contains(t) && t.length() > 1) {
                out.add(t);
            }
        }
        return out;
    }

    private static double f1(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long both = a.stream().filter(b::contains).count();
        if (both == 0) {
            return 0;
        }
        double p = (double) both / a.size();
        double r = (double) both / b.size();
        return 2 * p * r / (p + r);
    }
}
