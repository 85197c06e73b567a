package org.milex.indexer.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted terms per label, matched on {@link Folding#tokens word tokens}: a term is one or more words, a
 * word ending in '*' matches any word it begins. Scoring walks the tokens once, however many terms there are.
 */
public final class Lexicon {

    private record Term(String label, String[] words, double weight) {
        boolean matchesAt(List<String> tokens, int i) {
            if (i + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                String t = tokens.get(i + k);
                boolean ok = w.endsWith("*") ? t.startsWith(w.substring(0, w.length() - 1)) : t.equals(w);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, List<Term>> exactFirst = new HashMap<>();
    /** Terms whose first word is a stem, keyed by the stem's first three letters. */
    private final Map<String, List<Term>> stemFirst = new HashMap<>();
    private final List<String> labels = new ArrayList<>();

    /** Adds "term; term=weight; stem*" for a label. */
    public Lexicon add(String label, String terms) {
        if (!labels.contains(label)) {
            labels.add(label);
        }
        for (String raw : terms.split(";")) {
            String spec = raw.strip();
            if (spec.isEmpty()) {
                continue;
            }
            double weight = 1;
            int eq = spec.lastIndexOf('=');
            if (eq > 0) {
                weight = Double.parseDouble(spec.substring(eq + 1).strip());
                spec = spec.substring(0, eq).strip();
            }
            boolean stem = spec.endsWith("*");
            List<String> words = Folding.tokens(spec);
            if (words.isEmpty()) {
                continue;
            }
            if (stem) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "*");
            }
            Term term = new Term(label, words.toArray(String[]::new), weight);
            String first = term.words()[0];
            if (first.endsWith("*")) {
                String key = first.substring(0, Math.min(3, first.length() - 1));
                if (key.length() < 3) {
                    throw new IllegalArgumentException("stem too short in lexicon: " + raw);
                }
                stemFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
            } else {
                exactFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(term);
            }
        }
        return this;
    }

    public List<String> labels() {
        return labels;
    }

    /**
     * Sum of the weights of term occurrences, per label (labels without hits are absent). Where terms of one
     * label overlap ("niñas, niños y adolescentes" and "niños"), the longest match counts and the words it
     * covers do not count again; a negative weight cancels a phrase that only names an institution
     * ("Citizenship and Immigration Canada").
     */
    public Map<String, Double> score(List<String> tokens) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Integer> coveredUntil = new HashMap<>();
        List<Term> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            matches.clear();
            collect(exactFirst.get(t), tokens, i, matches);
            if (t.length() >= 3) {
                collect(stemFirst.get(t.substring(0, 3)), tokens, i, matches);
            }
            matches.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
            for (Term term : matches) {
                int end = i + term.words().length;
                if (coveredUntil.getOrDefault(term.label(), 0) > i) {
                    continue;
                }
                coveredUntil.put(term.label(), end);
                scores.merge(term.label(), term.weight(), Double::sum);
            }
        }
        scores.replaceAll((label, v) -> Math.max(0, v));
        scores.values().removeIf(v -> v == 0);
        return scores;
    }

    private static void collect(List<Term> terms, List<String> tokens, int i, List<Term> out) {
        if (terms == null) {
            return;
        }
        for (Term term : terms) {
            if (term.matchesAt(tokens, i)) {
                out.add(term);
            }
        }
    }

    /** Reads a lexicon file: "[label]" headers, then terms; '#' starts a comment line. */
    public static Lexicon load(String resource) {
        Lexicon lexicon = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String label = null;
            for (String line; (line = reader.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    label = s.substring(1, s.length() - 1);
                } else if (label != null) {
                    lexicon.add(label, s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }
}
