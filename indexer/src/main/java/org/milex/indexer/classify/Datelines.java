package org.milex.indexer.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The state whose capital a text is signed or promulgated in, read from its place-and-date line: "Santiago, 25
 * de marzo de 2020.- SEBASTIÁN PIÑERA ECHENIQUE", "Brasília, 1º de abril de 2021", "México, D.F., a 29 de
 * diciembre de 1974", "Ottawa, March 3, 2020". A law need not name its own state anywhere else: a Chilean ley
 * as the Library of Congress serves it says "Santiago" and "Congreso Nacional", never "Chile".
 */
final class Datelines {

    private record Capital(String code, List<String> tokens) {
    }

    /** The capitals by their first token, so that a long text is read once. */
    private static final Map<String, List<Capital>> CAPITALS = load();
    /** What may stand between the place and the date: "D.F.", "a", "em", "le", "this", "on". */
    private static final Set<String> BETWEEN = Set.of("d", "f", "dc", "c", "a", "em", "le", "ce", "this", "on", "the", "el");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(o|er|st|nd|rd|th)?");

    private Datelines() {
    }

    /** The code of the first state whose capital heads a place-and-date line among the tokens, or null. */
    static String signedIn(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Capital c : CAPITALS.getOrDefault(tokens.get(i), List.of())) {
                int end = i + c.tokens().size();
                if (end < tokens.size() && tokens.subList(i, end).equals(c.tokens()) && dateAt(tokens, end)) {
                    return c.code();
                }
            }
        }
        return null;
    }

    /** A date starting at {@code i}, after at most three joining tokens: day (de) month, or month day. */
    private static boolean dateAt(List<String> tokens, int i) {
        int skipped = 0;
        while (i < tokens.size() && skipped < 3 && BETWEEN.contains(tokens.get(i))) {
            i++;
            skipped++;
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String first = tokens.get(i);
        String next = tokens.get(i + 1).equals("de") && i + 2 < tokens.size() ? tokens.get(i + 2) : tokens.get(i + 1);
        return (DAY.matcher(first).matches() && YearFinder.month(next) > 0)
                || (YearFinder.month(first) > 0 && DAY.matcher(tokens.get(i + 1)).matches());
    }

    private static Map<String, List<Capital>> load() {
        Map<String, List<Capital>> out = new HashMap<>();
        for (String[] f : TsvResource.rows("capitals.tsv")) {
            for (String name : f[1].split(";")) {
                List<String> tokens = Folding.tokens(name.strip());
                out.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Capital(f[0], tokens));
            }
        }
        return out;
    }
}
