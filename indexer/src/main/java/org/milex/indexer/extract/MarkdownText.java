package org.milex.indexer.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown conversions of laws (as legislative open-data projects publish them): YAML front matter with the
 * official metadata, headings for titles and articles, links and emphasis that must not reach the index.
 */
final class MarkdownText {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:<meta[^>]*>\\s*)?---\\n(.*?)\\n---\\n", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})(\\S(?:.*?\\S)?)\\1");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern QUOTE = Pattern.compile("(?m)^>\\s?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*([-*_]\\s*){3,}$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\b");
    /** Headings that divide a text rather than name it. */
    private static final Pattern STRUCTURAL = Pattern.compile(
            "(?iu)(pre[aá]mbul[oe]?|preamble|pr[ée]ambule|article|art[ií]culo|artigo|chapter|cap[ií]tulo|chapitre|part|parte|"
                    + "partie|title|t[ií]tulo|titre|section|secci[óo]n|se[çc][ãa]o|annex|anexo|annexe|schedule)\\b[\\s\\dIVXLC.:-]*.*");

    /** Words that name an instrument, in a description that may be a better title than a part's name. */
    private static final Pattern INSTRUMENT = Pattern.compile(
            "(?iu)\\b(constituci[oó]n|constitui[cç][aã]o|constitution|ley|lei|loi|act|c[oó]digo|code|decreto|decree|d[ée]cret|convenci[oó]n|convention)\\b");
    /** Markdown's backslash escapes: a backslash before ASCII punctuation stands for the character itself. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private MarkdownText() {
    }

    static ExtractedText extract(String markdown, String contentType, LanguageGuesser languages) {
        String md = markdown.replace("\r\n", "\n");
        Map<String, String> front = new LinkedHashMap<>();
        Matcher fm = FRONT_MATTER.matcher(md);
        if (fm.find()) {
            front = FrontMatter.parse(fm.group(1));
            md = md.substring(fm.end());
        }
        String text = plain(md);
        String language = languages.guess(text);
        String title = title(front, md, language, languages);
        return new ExtractedText(text, title, contentType, language, hints(front));
    }

    private static Map<String, String> hints(Map<String, String> front) {
        Map<String, String> hints = new HashMap<>();
        String type = front.getOrDefault("tipo_nombre", front.get("tipo"));
        String number = front.get("numero");
        if (type != null && number != null && !number.isBlank()) {
            hints.put(ExtractedText.Hints.NUMBER, capitalise(type) + " " + number);
        }
        if (type != null) {
            hints.put(ExtractedText.Hints.KIND, type.toLowerCase());
        }
        // Promulgation is adoption; a publication date is the next best, a version date never.
        for (String key : new String[] {"fecha_promulgacion", "fecha_publicacion"}) {
            Matcher d = DATE.matcher(front.getOrDefault(key, ""));
            if (d.find()) {
                hints.put(ExtractedText.Hints.YEAR, d.group(1));
                break;
            }
        }
        for (String key : new String[] {"fecha_vigencia_de_la_modificacion", "fecha_version", "version_date"}) {
            Matcher d = DATE.matcher(front.getOrDefault(key, ""));
            if (d.find()) {
                hints.put(ExtractedText.Hints.CURRENT_TO, d.group());
                break;
            }
        }
        if ("true".equalsIgnoreCase(front.get("derogada")) || "true".equalsIgnoreCase(front.get("repealed"))) {
            hints.put(ExtractedText.Hints.STATUS, "repealed");
        }
        Matcher y = YEAR.matcher(front.getOrDefault("date", ""));
        if (!hints.containsKey(ExtractedText.Hints.YEAR) && y.find()) {
            hints.put(ExtractedText.Hints.YEAR, y.group(1));
        }
        return hints;
    }

    private static String capitalise(String s) {
        String t = s.strip().toLowerCase();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * The title: the front matter's, else the first heading in the document's language (Dutch treaty
     * copies open with the Dutch title, then the authentic English one).
     */
    private static String title(Map<String, String> front, String md, String language, LanguageGuesser languages) {
        for (String key : new String[] {"titulo", "title", "titre", "título"}) {
            String t = front.get(key);
            if (Titles.plausible(t)) {
                // "Artículo 100" names a part; a description that names the instrument is the better title
                String description = front.get("description");
                if (STRUCTURAL.matcher(t).matches() && description != null && INSTRUMENT.matcher(description).find()
                        && Titles.plausible(description)) {
                    return Titles.tidy(plainLine(description));
                }
                return Titles.tidy(plainLine(t));
            }
        }
        Matcher h = HEADING.matcher(md);
        String first = null;
        int seen = 0;
        while (h.find() && seen++ < 6) {
            String heading = plainLine(h.group(1));
            if (!Titles.plausible(heading) || STRUCTURAL.matcher(heading).matches()) {
                continue;
            }
            if (first == null) {
                first = heading;
            }
            String lang = languages.guessShort(heading);
            if (language.equals(lang)) {
                return Titles.tidy(joinContinuation(heading, md, h.end()));
            }
        }
        return first == null ? null : Titles.tidy(first);
    }

    /** Treaty headings split over two heading lines ("Convention" / "against torture and …") are joined. */
    private static String joinContinuation(String heading, String md, int end) {
        if (heading.split("\\s+").length > 2) {
            return heading;
        }
        Matcher next = HEADING.matcher(md);
        if (next.find(end) && md.substring(end, next.start()).isBlank()) {
            String more = plainLine(next.group(1));
            if (!more.isEmpty() && Character.isLowerCase(more.charAt(0))) {
                return heading + " " + more;
            }
        }
        return heading;
    }

    private static String plain(String md) {
        String s = HEADING.matcher(md).replaceAll("\n$1\n");
        s = RULE.matcher(s).replaceAll("");
        s = QUOTE.matcher(s).replaceAll("");
        return TextCleaner.clean(plainLine(s));
    }

    private static String plainLine(String s) {
        String t = LINK.matcher(s).replaceAll("$1");
        t = HTML_TAG.matcher(t).replaceAll(" ");
        for (int i = 0; i < 2; i++) {
            t = EMPHASIS.matcher(t).replaceAll("$2");
        }
        return ESCAPE.matcher(t).replaceAll("$1").strip();
    }
}
