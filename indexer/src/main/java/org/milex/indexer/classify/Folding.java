package org.milex.indexer.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without accents, and the word tokens the lexicons match on: "Migración" and "migracion" meet. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('ß', 's').replace('ø', 'o').replace('æ', 'a').replace('œ', 'o');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Tokens of letters and digits; everything else separates ("d'asile" is "d", "asile"). */
    public static List<String> tokens(String s) {
        String f = fold(s);
        List<String> out = new ArrayList<>(f.length() / 6 + 1);
        int start = -1;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(f.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(f.substring(start));
        }
        return out;
    }
}
