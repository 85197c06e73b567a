package org.milex.indexer.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.milex.indexer.classify.Folding;

/**
 * The multilingual migration thesaurus (corpus/thesaurus): concepts with their terms in Spanish, English,
 * Portuguese and French, so that a query in one language finds the law written in another; and the names of
 * topics, types, statuses and languages that the interface shows in the four languages. Terms are matched
 * folded (lower case, no accents), as whole words or word sequences.
 */
public final class Thesaurus {

    public static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

    /** A concept: its id, its topic (or null), its terms per language (preferred first). */
    public record Concept(String id, String topic, Map<String, List<String>> terms) {
        public List<String> terms(String language) {
            return terms.getOrDefault(language, List.of());
        }
    }

    /** A concept found in a query: the words it covers (start inclusive, end exclusive, in query words). */
    public record Match(Concept concept, int start, int end) {
    }

    private static final Thesaurus BUNDLED = load("/corpus/thesaurus/");

    private final List<Concept> concepts;
    private final Map<String, List<Concept>> byTerm;
    private final Map<String, Map<String, String>> labels;
    private final int longestTerm;

    private Thesaurus(List<Concept> concepts, Map<String, Map<String, String>> labels) {
        this.concepts = concepts;
        this.labels = labels;
        this.byTerm = new HashMap<>();
        int longest = 1;
        for (Concept c : concepts) {
            for (List<String> terms : c.terms().values()) {
                for (String t : terms) {
                    String key = key(t);
                    byTerm.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        this.longestTerm = longest;
    }

    public static Thesaurus bundled() {
        return BUNDLED;
    }

    public List<Concept> concepts() {
        return Collections.unmodifiableList(concepts);
    }

    /**
     * The concepts a sequence of query words names, longest match first, without overlap: "trata de personas"
     * is one concept, not "trata" and "personas".
     */
    public List<Match> find(List<String> words) {
        List<String> folded = words.stream().map(w -> String.join(" ", Folding.tokens(w))).toList();
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            Match found = null;
            for (int len = Math.min(longestTerm, folded.size() - i); len >= 1 && found == null; len--) {
                String key = String.join(" ", folded.subList(i, i + len)).strip();
                List<Concept> cs = byTerm.get(key);
                if (cs != null && !key.isEmpty()) {
                    found = new Match(cs.get(0), i, i + len);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The name of a topic, type, status, stage or language in an interface language ("topic:asylum-refugees", "es"). */
    public Optional<String> label(String id, String language) {
        Map<String, String> names = labels.get(id);
        if (names == null) {
            return Optional.empty();
        }
        String name = names.get(language);
        return Optional.ofNullable(name != null ? name : names.get("en"));
    }

    private static String key(String term) {
        return String.join(" ", Folding.tokens(term));
    }

    static Thesaurus load(String folder) {
        List<Concept> concepts = new ArrayList<>();
        for (String[] row : rows(folder + "concepts.tsv")) {
            if (row.length < 6) {
                continue;
            }
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                List<String> ts = new ArrayList<>();
                for (String t : row[2 + i].split("\\|")) {
                    if (!t.isBlank()) {
                        ts.add(t.strip());
                    }
                }
                terms.put(LANGUAGES.get(i), ts);
            }
            concepts.add(new Concept(row[0], row[1].isBlank() ? null : row[1], terms));
        }
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (String[] row : rows(folder + "labels.tsv")) {
            if (row.length < 5) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                names.put(LANGUAGES.get(i), row[1 + i].strip());
            }
            labels.put(row[0].strip().toLowerCase(Locale.ROOT), names);
        }
        return new Thesaurus(concepts, labels);
    }

    /** The rows of a tab-separated resource after its header; none when the resource is missing. */
    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Thesaurus.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (header) {
                    header = false;
                    continue;
                }
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
