package org.milex.indexer.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Judges whether a string can serve as an instrument's title, and tidies one that can. */
public final class Titles {

    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(pdf|docx?|odt|rtf|html?|xml|txt|md)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> BANNERS = Set.of(
            "home", "inicio", "página inicial", "accueil", "menu", "untitled", "sin título", "document",
            "documento", "microsoft word", "presidência da república", "casa civil", "legislação",
            "planalto", "diario oficial", "u.s. government publishing office", "justice laws website");
    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "al", "an", "and", "as", "at", "by", "da", "das", "de", "del", "des", "do", "dos", "du", "e",
            "el", "em", "en", "et", "for", "from", "in", "into", "la", "las", "le", "les", "los", "na", "nas",
            "no", "nos", "o", "of", "on", "or", "os", "para", "par", "por", "pour", "sobre", "sur", "the",
            "to", "un", "una", "une", "with", "y", "à", "aux", "au", "con", "contra", "entre", "que", "against",
            // month names are lower case in Spanish, Portuguese and French dates ("de 24 de maio de 2017")
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
            "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
            "setembro", "outubro", "novembro", "dezembro", "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    /** "LEY de Migración", "LINEAMIENTOS Generales para …": gazettes set the kind in capitals. */
    private static final Pattern CAPITAL_KIND = Pattern.compile("^(\\p{Lu}{2,})(\\s+\\p{L}*\\p{Ll}.*)$");

    /** A number with letters, written as a code: "006-2026-MTC", "285-04", "C-29.4". */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\d.\\-/º°]*\\d[\\p{L}\\d.\\-/º°]*");

    /** A heading that names a part of a text, not the text: "Titre I : De la République", "CHAPTER 3", "Art. 14". */
    private static final Pattern PART_HEADING = Pattern.compile(
            "(?iu)^(titre|title|t[ií]tulo|chapitre|chapter|cap[ií]tulo|section|secci[oó]n|se[cç][aã]o|part|parte|partie|"
                    + "article|art[ií]culo|artigo|art\\.|livre|libro|book)\\s+([ivxlc]+|\\d+|premier|primero|unique|[uú]nico)\\b.*");
    /** A site's acronym after a page's title: "Haïti, Constitution haïtienne 1987, MJP", "… | UNHCR". */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[,|–—-]\\s*\\p{Lu}{2,6}\\s*$");

    private Titles() {
    }

    public static boolean isPartHeading(String s) {
        return s != null && PART_HEADING.matcher(s.strip()).matches();
    }

    /** A web page's title without the acronym of the site that publishes it. */
    public static String withoutSiteSuffix(String pageTitle) {
        return pageTitle == null ? null : SITE_SUFFIX.matcher(pageTitle).replaceFirst("");
    }

    /** True for a string that reads like a title: words, not a number run, a file name or a site banner. */
    public static boolean plausible(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        if (t.length() < 6 || t.length() > 400 || FILE_NAME.matcher(t).matches()) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (BANNERS.contains(lower) || lower.startsWith("microsoft word -")) {
            return false;
        }
        long letters = t.codePoints().filter(Character::isLetter).count();
        long digits = t.codePoints().filter(Character::isDigit).count();
        return letters >= 6 && letters > 2 * digits && WORD.matcher(t).find();
    }

    /**
     * The title a document is shown with: its own, else its first line that reads like a title (never a file
     * name: a lawyer cannot cite "LEY-21325.md").
     */
    public static String orFirstLine(String title, String text) {
        if (title != null) {
            return title;
        }
        String[] lines = text.split("\n", 40);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.length() <= 200 && plausible(s) && !HeadLines.isBoilerplate(s)) {
                // a title wrapped over the next lines: they continue it in lower case ("… la trata de" / "personas, …")
                StringBuilder joined = new StringBuilder(s);
                for (int j = i + 1; j < Math.min(lines.length, i + 5); j++) {
                    String next = lines[j].strip();
                    if (next.isEmpty()) {
                        continue;
                    }
                    if (joined.toString().endsWith(".") || !Character.isLowerCase(next.charAt(0)) || joined.length() > 300) {
                        break;
                    }
                    joined.append(" ").append(next);
                }
                return tidy(joined.toString());
            }
        }
        return null;
    }

    /** Collapses white space, trims punctuation and turns an all-capitals title into title case. */
    public static String tidy(String s) {
        String t = s.replaceAll("[\\s\\u00a0]+", " ").strip().replaceAll("^[\\s\"'*#_:.-]+|[\\s\"'*#_:,;-]+$", "");
        if (t.length() > 300) {
            int cut = t.lastIndexOf(' ', 300);
            t = t.substring(0, cut > 200 ? cut : 300) + " …";
        }
        if (mostlyUpper(t)) {
            return titleCase(t);
        }
        var kind = CAPITAL_KIND.matcher(t);
        return kind.matches() ? capitalise(kind.group(1).toLowerCase(Locale.ROOT)) + kind.group(2) : t;
    }

    static boolean mostlyUpper(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long upper = s.codePoints().filter(Character::isUpperCase).count();
        return letters > 0 && upper >= 0.8 * letters;
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        String[] words = s.toLowerCase(Locale.ROOT).split(" ");
        String[] original = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (CODE.matcher(original[i]).matches()) {
                out.append(original[i]); // "006-2026-MTC", "285-04": numbers keep their letters as written
            } else if (i > 0 && SMALL_WORDS.contains(w)) {
                out.append(w);
            } else if (isRomanNumeral(w) || w.matches("(\\p{L}\\.){2,}\\p{L}?\\.?")) {
                out.append(w.toUpperCase(Locale.ROOT));
            } else {
                out.append(capitalise(w));
            }
        }
        return out.toString();
    }

    private static boolean isRomanNumeral(String w) {
        return w.matches("[ivxlc]+[.,]?") && !w.equals("civil") && w.length() <= 6;
    }

    private static String capitalise(String w) {
        int first = 0;
        while (first < w.length() && !Character.isLetter(w.charAt(first))) {
            first++;
        }
        if (first >= w.length()) {
            return w;
        }
        return w.substring(0, first) + Character.toUpperCase(w.charAt(first)) + w.substring(first + 1);
    }
}
