package org.milex.indexer.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a provision as lawyers write it in a query: "art. 37", "artículo 37", "artigo 5º", "s. 97",
 * "section 97(1)", "§ 1158", "article 12". Each names the anchor the document page gives that provision
 * ({@code art-37}, {@code art-97-1}, {@code art-1158}; see {@link org.milex.indexer.extract.Articles}).
 */
public final class Provisions {

    /** A provision found in a string: where, and the anchor it names. */
    public record Found(int start, int end, String anchor) {
    }

    private static final Pattern PROVISION = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:art[ií]culos?|artigos?|articles?|arts?\\.|sections?|secs?\\.|ss?\\.|§+|reglas?|rules?|r\\.)\\s*"
                    + "(\\d{1,4}(?:\\.\\d{1,3})*)\\s*(?:[º°ª]|o\\b)?\\s*(?:\\((\\d{1,3}|[a-z])\\))?(?:\\s*\\(([a-z]|[ivx]+)\\))?"
                    // a range ("arts. 30-32", "arts. 30 a 32", "ss. 95 to 116") is one reference, landing on its first provision
                    + "(?:\\s*(?:[-–]|\\ba\\b|\\bto\\b|\\bà\\b)\\s*\\d{1,4}(?:\\.\\d{1,3})*\\s*(?:[º°ª]|o\\b)?)?(?![\\p{L}\\p{N}])");

    private Provisions() {
    }

    public static List<Found> find(String s) {
        List<Found> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = PROVISION.matcher(s);
        while (m.find()) {
            StringBuilder anchor = new StringBuilder("art-").append(m.group(1).toLowerCase(Locale.ROOT));
            if (m.group(2) != null) {
                anchor.append('-').append(m.group(2).toLowerCase(Locale.ROOT));
            }
            out.add(new Found(m.start(), m.end(), anchor.toString()));
        }
        return out;
    }
}
