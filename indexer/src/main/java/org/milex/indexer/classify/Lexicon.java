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
        for (Occurrence o : occurrences(tokens)) {
            scores.merge(o.label(), o.weight(), Double::sum);
        }
        scores.replaceAll((label, v) -> Math.max(0, v));
        scores.values().removeIf(v -> v == 0);
        return scores;
    }

    /** A term found in a text: its label and weight. */
    public record Occurrence(String label, double weight) {
    }

    /** Every term occurrence, with the longest-match rule of {@link #score}. */
    public List<Occurrence> occurrences(List<String> tokens) {
        List<Occurrence> out = new ArrayList<>();
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
                if (coveredUntil.getOrDefault(term.label(), 0) > i) {
                    continue;
                }
                coveredUntil.put(term.label(), i + term.words().length);
                out.add(new Occurrence(term.label(), term.weight()));
            }
        }
        return out;
    }

    /** How many occurrences of terms weighing at least {@code minWeight} each label has. */
    public Map<String, Integer> count(List<String> tokens, double minWeight) {
        Map<String, Integer> out = new HashMap<>();
        for (Occurrence o : occurrences(tokens)) {
            if (o.weight() >= minWeight) {
                out.merge(o.label(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * The weight of the term occurrence starting at each token (0 where none starts), all labels together:
     * for measures of where in a text the terms fall. The longest term starting at a token counts.
     */
    public double[] hitsAt(List<String> tokens) {
        double[] out = new double[tokens.size()];
        List<Term> matches = new ArrayList<>();
        int coveredUntil = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i < coveredUntil) {
                continue;
            }
            String t = tokens.get(i);
            matches.clear();
            collect(exactFirst.get(t), tokens, i, matches);
            if (t.length() >= 3) {
                collect(stemFirst.get(t.substring(0, 3)), tokens, i, matches);
            }
            Term longest = null;
            for (Term term : matches) {
                if (longest == null || term.words().length > longest.words().length) {
                    longest = term;
                }
            }
            if (longest != null) {
                out[i] = Math.max(0, longest.weight());
                coveredUntil = i + longest.words().length;
            }
        }
        return out;
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
