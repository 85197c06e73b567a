package org.milex.indexer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where articles and sections begin in a law's text ("Artículo 37", "Art. 5º", "Article 12",
 * "Section 97", "§ 1158.", "97 (1)") and names an anchor for each: {@code art-37}, {@code art-5},
 * {@code art-97-1}. A lawyer's link to {@code #art-37} lands on the article.
 */
public final class Articles {

    /** An article heading: where its line starts, its anchor, and the words that name it. */
    public record Heading(int offset, String anchor, String label) {
    }

    private static final String NUMBER = "(\\d{1,4}[A-Za-z]?(?:[.-]\\d{1,3}){0,2}|[IVXLC]{1,7}\\b)";
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:ART[ÍI]CULO|Art[íi]culo|ARTIGO|Artigo|ARTICLE|Article|ARTICULO|Art\\.|ART\\.|Art|ART)\\s*" + NUMBER
                    + "\\s*(?:º|°|ª|o\\.|o\\b|er\\b)?(?:[\\s.-]*(bis|ter|qu[aá]ter)\\b)?");
    private static final Pattern SECTION = Pattern.compile("^(?:SECTION|Section|Sec\\.|SEC\\.|§+)\\s*" + NUMBER);
    /** A numbered section with a numbered subsection, as Canadian statutes print them: "97 (1) A person …". */
    private static final Pattern SUBSECTION = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3})*)\\s*\\((\\d{1,3}(?:\\.\\d)?)\\)\\s+\\S");
    /** A section number opening a provision, only where the text is laid out that way (LIMS XML). */
    private static final Pattern BARE_SECTION = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3})*)\\s+\\p{Lu}");
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*)$");

    private Articles() {
    }

    /** Texts laid out one numbered provision per line (Justice Canada XML) also open sections with a bare number. */
    public static boolean bareSections(String contentType) {
        return contentType != null && contentType.contains("xml");
    }

    /**
     * @param bareSections also treat "97 Text…" lines as sections (texts whose lines start with section numbers)
     */
    public static List<Heading> find(String text, boolean bareSections) {
        List<Heading> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String s = line.group(1);
            int at = line.start(1);
            Matcher m;
            if ((m = ARTICLE.matcher(s)).find()) {
                String n = m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2));
                add(out, seen, at, "art-" + slug(n), s);
            } else if ((m = SECTION.matcher(s)).find()) {
                add(out, seen, at, "art-" + slug(m.group(1)), s);
            } else if ((m = SUBSECTION.matcher(s)).find()) {
                String section = slug(m.group(1));
                if (!seen.containsKey("art-" + section)) {
                    add(out, seen, at, "art-" + section, s);
                }
                add(out, seen, at, "art-" + section + "-" + slug(m.group(2)), s);
            } else if (bareSections && (m = BARE_SECTION.matcher(s)).find()) {
                add(out, seen, at, "art-" + slug(m.group(1)), s);
            }
        }
        return out;
    }

    /** The heading of the article holding an offset, or null before the first one. */
    public static Heading at(List<Heading> headings, int offset) {
        Heading found = null;
        for (Heading h : headings) {
            if (h.offset() > offset) {
                break;
            }
            // "97 (1)" yields art-97 and art-97-1 at one offset: the section, listed first, names the place
            if (found == null || h.offset() > found.offset()) {
                found = h;
            }
        }
        return found;
    }

    /** One heading a line: offset, anchor and label separated by tabs. */
    public static String encode(List<Heading> headings) {
        StringBuilder sb = new StringBuilder();
        for (Heading h : headings) {
            sb.append(h.offset()).append('\t').append(h.anchor()).append('\t').append(h.label().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    public static List<Heading> decode(String encoded) {
        List<Heading> out = new ArrayList<>();
        if (encoded == null) {
            return out;
        }
        for (String line : encoded.split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                out.add(new Heading(Integer.parseInt(f[0]), f[1], f[2]));
            }
        }
        return out;
    }

    private static void add(List<Heading> out, Map<String, Integer> seen, int offset, String anchor, String line) {
        int n = seen.merge(anchor, 1, Integer::sum);
        // A later heading with the same number (a transitional article, an annex) gets a suffix.
        String id = n == 1 ? anchor : anchor + "~" + n;
        String label = line.length() > 80 ? line.substring(0, 80).strip() + "…" : line;
        out.add(new Heading(offset, id, label));
    }

    private static String slug(String number) {
        return number.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
