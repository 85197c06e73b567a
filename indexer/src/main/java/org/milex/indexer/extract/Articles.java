package org.milex.indexer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where articles and sections begin in a law's text, and their parts, and names an anchor for each, so
 * that a lawyer's link lands on the provision:
 * <ul>
 * <li>"Artículo 37", "Art. 5º", "Artículo 1o", "Article 12", "Section 97", "§ 1158." → {@code art-37}, {@code art-5},
 * {@code art-1}, … (an ordinal sign is not part of the number: "1o", "1º" and "1" are one article);
 * <li>a Canadian section and its subsections, "97 (1) …" then "(2) …" → {@code art-97}, {@code art-97-1},
 * {@code art-97-2}; a decimal section is its own: "10.1" → {@code art-10.1}, distinct from {@code art-10-1} (s. 10(1));
 * <li>a Brazilian article's paragraphs, "§ 1º", "Parágrafo único" → {@code art-2-par-1}, {@code art-2-par-unico}.
 * </ul>
 * Articles and sections are level 0 (the table of contents); subsections and paragraphs level 1. A heading whose
 * anchor was spelled otherwise by earlier versions of MILEX keeps that spelling as an alias, so old links work.
 */
public final class Articles {

    /**
     * An article heading: where its line starts, its anchor, its level (0 article or section, 1 a part of one),
     * the anchor earlier versions gave it (or null), and the words that name it.
     */
    public record Heading(int offset, String anchor, int level, String alias, String label) {
    }

    private static final String NUMBER = "(\\d{1,4}[A-Za-z]?(?:\\.\\d{1,3}){0,2}|[IVXLC]{1,7}\\b)";
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:ART[ÍI]CULO|Art[íi]culo|ARTIGO|Artigo|ARTICLE|Article|ARTICULO|Art\\.|ART\\.|Art|ART)\\s*" + NUMBER
                    + "\\s*(?:º|°|ª|o\\.|o\\b|er\\b)?(?:[\\s.-]*(bis|ter|qu[aá]ter)\\b)?");
    private static final Pattern SECTION = Pattern.compile("^(?:SECTION|Section|Sec\\.|SEC\\.|§+)\\s*" + NUMBER);
    /** A paragraph of an article where the text is divided into articles: "§ 1º", "§ 2o.", "Parágrafo único". */
    private static final Pattern PARAGRAPH = Pattern.compile("^(?:§+\\s*(\\d{1,3})(?!\\d)\\s*(?:º|°|o\\b)?|(?i:par[áa]grafo\\s+(único|unico)))");
    /** A numbered section with a numbered subsection, as Canadian statutes print them: "97 (1) A person …". */
    private static final Pattern SUBSECTION = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3})*)\\s*\\((\\d{1,3}(?:\\.\\d)?)\\)\\s+\\S");
    /** A further subsection of the current section: "(2) A person …". */
    private static final Pattern NEXT_SUBSECTION = Pattern.compile("^\\((\\d{1,3}(?:\\.\\d)?)\\)\\s+\\p{Lu}");
    /** A section number opening a provision, only where the text is laid out that way (LIMS XML). */
    private static final Pattern BARE_SECTION = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,3})*)\\s+\\p{Lu}");
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*)$");
    private static final Pattern ARTICLE_LINE = Pattern.compile("(?m)^\\s*(?:ART[ÍI]CULO|Art[íi]culo|ARTIGO|Artigo|Art\\.)\\s*\\d");

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
        // where a text has articles, "§ 1º" is a paragraph of one; elsewhere (the U.S. Code) "§ 1158" is a section
        boolean paragraphsAreParts = ARTICLE_LINE.matcher(text).results().limit(3).count() >= 3;
        String current = null;
        // paragraphs belong to an "Artículo"/"Art." article, not to a "Section"
        boolean inArticle = false;
        String previousLine = null;
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String s = line.group(1);
            int at = line.start(1);
            Matcher m;
            if ((m = ARTICLE.matcher(s)).find()) {
                String n = number(m.group(1)) + (m.group(2) == null ? "" : "-" + m.group(2).toLowerCase(Locale.ROOT));
                String legacy = legacySlug(m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2)));
                current = add(out, seen, at, "art-" + n, 0, "art-" + legacy, s);
                inArticle = true;
            } else if (paragraphsAreParts && inArticle && current != null && (m = PARAGRAPH.matcher(s)).find()) {
                String p = m.group(1) != null ? m.group(1) : "unico";
                add(out, seen, at, current + "-par-" + p, 1, null, s);
            } else if ((m = SECTION.matcher(s)).find()) {
                current = add(out, seen, at, "art-" + number(m.group(1)), 0, "art-" + legacySlug(m.group(1)), s);
                inArticle = false;
            } else if ((m = SUBSECTION.matcher(s)).find()) {
                String section = number(m.group(1));
                if (!seen.containsKey("art-" + section)) {
                    current = add(out, seen, at, "art-" + section, 0, "art-" + legacySlug(m.group(1)), label(previousLine, s));
                } else {
                    current = "art-" + section;
                }
                add(out, seen, at, "art-" + section + "-" + number(m.group(2)), 1,
                        "art-" + legacySlug(m.group(1)) + "-" + legacySlug(m.group(2)), s);
            } else if (bareSections && current != null && (m = NEXT_SUBSECTION.matcher(s)).find()) {
                add(out, seen, at, current + "-" + number(m.group(1)), 1, null, s);
            } else if (bareSections && (m = BARE_SECTION.matcher(s)).find()) {
                current = add(out, seen, at, "art-" + number(m.group(1)), 0, "art-" + legacySlug(m.group(1)), label(previousLine, s));
            }
            previousLine = s;
        }
        return out;
    }

    /**
     * A Canadian section's heading is its marginal note, the line before it ("Person in need of protection"):
     * "97 — Person in need of protection".
     */
    private static String label(String previousLine, String line) {
        if (previousLine != null && previousLine.length() <= 80 && !previousLine.endsWith(".") && Character.isUpperCase(previousLine.charAt(0))
                && !Character.isDigit(previousLine.charAt(0))) {
            String number = line.split("\\s", 2)[0];
            return number + " — " + previousLine;
        }
        return line;
    }

    /** The heading of the article holding an offset, or null before the first one (the deepest part wins). */
    public static Heading at(List<Heading> headings, int offset) {
        Heading found = null;
        for (Heading h : headings) {
            if (h.offset() > offset) {
                break;
            }
            if (found == null || h.offset() > found.offset() || h.offset() == found.offset() && h.level() > found.level()) {
                found = h;
            }
        }
        return found;
    }

    /** The article (level 0) holding an offset, or null before the first one. */
    public static Heading articleAt(List<Heading> headings, int offset) {
        Heading found = null;
        for (Heading h : headings) {
            if (h.offset() > offset) {
                break;
            }
            if (h.level() == 0) {
                found = h;
            }
        }
        return found;
    }

    /** One heading a line: offset, anchor, level, alias ("" for none) and label, separated by tabs. */
    public static String encode(List<Heading> headings) {
        StringBuilder sb = new StringBuilder();
        for (Heading h : headings) {
            sb.append(h.offset()).append('\t').append(h.anchor()).append('\t').append(h.level()).append('\t')
                    .append(h.alias() == null ? "" : h.alias()).append('\t')
                    .append(h.label().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    public static List<Heading> decode(String encoded) {
        List<Heading> out = new ArrayList<>();
        if (encoded == null) {
            return out;
        }
        for (String line : encoded.split("\n")) {
            String[] f = line.split("\t", 5);
            if (f.length == 5) {
                out.add(new Heading(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), f[3].isEmpty() ? null : f[3], f[4]));
            }
        }
        return out;
    }

    private static String add(List<Heading> out, Map<String, Integer> seen, int offset, String anchor, int level, String alias, String line) {
        int n = seen.merge(anchor, 1, Integer::sum);
        // A later heading with the same number (a transitional article, an annex) gets a suffix.
        String id = n == 1 ? anchor : anchor + "~" + n;
        String legacy = alias == null ? null : (n == 1 ? alias : alias + "~" + n);
        String label = line.length() > 80 ? line.substring(0, 80).strip() + "…" : line;
        out.add(new Heading(offset, id, level, legacy == null || legacy.equals(id) ? null : legacy, label));
        return anchor;
    }

    /** "1o", "5º" → "1", "5"; "10.1" stays "10.1" (a section of its own); letters in lower case. */
    private static String number(String n) {
        return n.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)[oº°ª]$", "");
    }

    /** How anchors were spelled before: every run of other characters became a hyphen ("10.1" → "10-1"). */
    private static String legacySlug(String number) {
        return number.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
