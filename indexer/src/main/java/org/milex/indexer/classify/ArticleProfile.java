package org.milex.indexer.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a text divided into numbered articles: each article's share of the letters of all of them. It is
 * read without knowing the language, from headings that pair one word with a running number ("Article 2",
 * "Моддаи 2.", "DAL 2", "2. cikk"), and a translation keeps it: the lengths of corresponding passages in two
 * languages are nearly proportional (the observation behind Gale and Church's sentence alignment). So a text in a
 * language the lexicons cannot read can still be recognised as a translation of an instrument whose text we have.
 *
 * @param shares each article's share of the letters and digits of all the articles, in order
 */
public record ArticleProfile(double[] shares) {

    /** Fewer articles than this say too little: many short texts share a shape by chance. */
    public static final int MIN_ARTICLES = 8;
    /** A heading is short: a label of at most this many words beside its number. */
    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_HEADING_CHARS = 40;
    private static final int MAX_NAMED_HEADING_CHARS = 200;
    /** A number joined by a hyphen to a word longer than an ordinal suffix ("2-madda", not "1‐nji"). */
    private static final Pattern JOINED_NUMBER = Pattern.compile("(\\p{Nd})[-‐‑–](\\p{L}{4,})");
    private static final Pattern JOINED_SUFFIX = Pattern.compile("(\\p{Nd})[-‐‑–](\\p{L}+)");

    /** Roman numerals up to 399, as headings use them ("Artigo IV."); only well-formed ones, so "CIVIL" is no number. */
    private static final Pattern ROMAN = Pattern.compile("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Map<Character, Integer> ROMAN_VALUES = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);

    private record Heading(int line, String label, int number) {
    }

    /**
     * The profile of the longest run of articles numbered 1, 2, 3 … under one label, or empty when there are
     * fewer than {@link #MIN_ARTICLES}. The first article may be headed by a word instead of its number
     * ("Article premier"): a run that starts at 2 takes the nearest earlier heading with its label as 1.
     */
    public static Optional<ArticleProfile> of(String text) {
        String[] lines = text.split("\n");
        Map<String, List<Heading>> byLabel = new HashMap<>();
        Map<String, List<Integer>> unnumbered = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.length() > MAX_NAMED_HEADING_CHARS) {
                continue;
            }
            String[] words = words(line);
            Heading h = heading(i, line, words);
            if (h != null) {
                byLabel.computeIfAbsent(h.label(), k -> new ArrayList<>()).add(h);
            } else if (words.length >= 2 && words.length <= MAX_LABEL_WORDS + 1 && line.length() <= MAX_HEADING_CHARS) {
                unnumbered.computeIfAbsent(label(words[0]), k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> best = List.of();
        for (var e : byLabel.entrySet()) {
            List<Integer> run = longestRun(e.getValue(), unnumbered.getOrDefault(e.getKey(), List.of()));
            if (run.size() > best.size()) {
                best = run;
            }
        }
        if (best.size() < MIN_ARTICLES) {
            return Optional.empty();
        }
        int[] letters = new int[best.size()];
        for (int a = 0; a < best.size(); a++) {
            int end = a + 1 < best.size() ? best.get(a + 1) : lines.length;
            // a named heading's name is part of its article: all of the line but its label and number
            String[] heading = words(lines[best.get(a)].strip());
            letters[a] += letters(lines[best.get(a)]) - letters(heading[0]) - (heading.length > 1 ? letters(heading[1]) : 0);
            for (int i = best.get(a) + 1; i < end; i++) {
                letters[a] += letters(lines[i]);
            }
        }
        double total = 0;
        for (int n : letters) {
            total += n;
        }
        if (total == 0) {
            return Optional.empty();
        }
        double[] shares = new double[letters.length];
        for (int a = 0; a < letters.length; a++) {
            shares[a] = letters[a] / total;
        }
        return Optional.of(new ArticleProfile(shares));
    }

    public int articles() {
        return shares.length;
    }

    /**
     * How far two shapes agree beyond chance: the rank correlation of the articles' lengths (Spearman's, so that
     * one placeholder article in an unfinished translation moves it little), as a Fisher z score, the number of
     * standard errors it stands above what unrelated texts with as many articles show. 0 when the numbers of
     * articles differ, since a translation keeps them.
     */
    public double agreement(ArticleProfile other) {
        int n = shares.length;
        if (other.shares.length != n || n < MIN_ARTICLES) {
            return 0;
        }
        double rho = pearson(ranks(shares), ranks(other.shares));
        if (rho <= 0) {
            return 0;
        }
        // 1.06: the variance of Fisher's z for a rank correlation (Fieller, Hartley and Pearson, 1957)
        return atanh(Math.min(rho, 0.999_999)) * Math.sqrt((n - 3) / 1.06);
    }

    /** The shares in thousandths, comma-separated, as {@code article-profiles.tsv} keeps them. */
    public String format() {
        StringBuilder s = new StringBuilder();
        for (double v : shares) {
            s.append(s.isEmpty() ? "" : ",").append(Math.round(v * 100_000) / 100.0);
        }
        return s.toString();
    }

    public static ArticleProfile parse(String thousandths) {
        String[] parts = thousandths.split(",");
        double[] shares = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            shares[i] = Double.parseDouble(parts[i]) / 1000;
        }
        return new ArticleProfile(shares);
    }

    /** A line of one number and a short label, in either order: "Article 12", "Моддаи 12.", "12. cikk", "BAB : 12". */
    private static Heading heading(int line, String text, String[] words) {
        boolean shortLine = text.length() <= MAX_HEADING_CHARS && words.length <= MAX_LABEL_WORDS + 1;
        // "Artículo 2. Derecho a la vida", "Aatikl 2 (Di paat …)": a label, its number, a stop, the article's name
        boolean named = words.length > 2 && number(words[1]) >= 0 && text.length() <= MAX_NAMED_HEADING_CHARS
                && (".:)-".indexOf(words[1].charAt(words[1].length() - 1)) >= 0 || "(-–—".indexOf(words[2].charAt(0)) >= 0);
        if (words.length < 2 || !(shortLine || named)) {
            return null;
        }
        int number = -1;
        StringBuilder label = new StringBuilder();
        for (int w = 0; w < (named ? 2 : words.length); w++) {
            int n = number(words[w]);
            if (n >= 0) {
                if (number >= 0) {
                    return null;
                }
                number = n;
            } else if (words[w].codePoints().anyMatch(Character::isLetterOrDigit)) {
                String l = label(words[w]);
                if (l.isEmpty()) {
                    return null;
                }
                if (label.isEmpty()) {
                    label.append(l);
                }
            }
        }
        // the label is the first word: "Sariyɛ singe (1)", "Sariyɛ firinde (2)" spell out an ordinal beside it
        return number < 0 || label.isEmpty() ? null : new Heading(line, label.toString(), number);
    }

    /** The words of a line, a number joined to its label by a hyphen counting as two: "2-madda", "3‐модда", "1-бап". */
    private static String[] words(String line) {
        String[] words = JOINED_NUMBER.matcher(line).replaceAll("$1 $2").split("\\s+");
        // alone on its line, what follows the hyphen is the label however short: "1-бап"
        return words.length == 1 ? JOINED_SUFFIX.matcher(line).replaceAll("$1 $2").split("\\s+") : words;
    }

    /** The value of a number of decimal digits of any script or a Roman numeral, with its punctuation ("12.", "(12)", "XII."); else -1. */
    private static int number(String word) {
        int start = word.startsWith("(") ? 1 : 0;
        int end = word.length();
        while (end > start && ".:-–)º°".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == start || end - start > 8) {
            return -1;
        }
        String digits = word.substring(start, end);
        if (ROMAN.matcher(digits).matches()) {
            return roman(digits);
        }
        // an ordinal suffix of a few letters: "2ta", "3n", "1er", "2nd", "1‐nji"
        int suffix = end;
        while (suffix > start && Character.isLetter(word.charAt(suffix - 1)) && end - suffix < 3) {
            suffix--;
        }
        if (suffix > start && suffix < end && "-‐‑".indexOf(word.charAt(suffix - 1)) >= 0) {
            suffix--; // "1‐nji", "19‐njy": a Turkic ordinal, whose suffix follows a hyphen
        }
        if (suffix > start && suffix < end && Character.isDigit(word.charAt(suffix - 1))) {
            end = suffix;
        }
        if (end - start > 4) {
            return -1;
        }
        int n = 0;
        for (int i = start; i < end; ) {
            int cp = word.codePointAt(i);
            int d = Character.digit(cp, 10);
            if (d < 0) {
                return -1;
            }
            n = n * 10 + d;
            i += Character.charCount(cp);
        }
        return n;
    }

    private static int roman(String numeral) {
        int n = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = ROMAN_VALUES.get(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && ROMAN_VALUES.get(numeral.charAt(i + 1)) > v;
            n += subtract ? -v : v;
        }
        return n;
    }

    private static String label(String word) {
        StringBuilder s = new StringBuilder();
        word.codePoints().filter(Character::isLetter).forEach(s::appendCodePoint);
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** The line numbers of the longest run of headings numbered 1, 2, 3 … in order. */
    private static List<Integer> longestRun(List<Heading> headings, List<Integer> unnumbered) {
        List<Integer> best = List.of();
        for (int s = 0; s < headings.size(); s++) {
            int first = headings.get(s).number();
            if (first != 1 && first != 2) {
                continue;
            }
            List<Integer> run = new ArrayList<>();
            if (first == 2) {
                int before = headings.get(s).line();
                int one = unnumbered.stream().filter(l -> l < before).mapToInt(Integer::intValue).max().orElse(-1);
                if (one < 0) {
                    continue;
                }
                run.add(one);
            }
            int expected = first;
            for (int i = s; i < headings.size(); i++) {
                if (headings.get(i).number() == expected) {
                    run.add(headings.get(i).line());
                    expected++;
                }
            }
            if (run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }

    private static int letters(String line) {
        return (int) line.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** Ranks from 0, ties taking the mean of the ranks they span. */
    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return r;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
