package org.milex.indexer.citation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal citations as lawyers of the Americas write them, each reduced to a key that every way of writing it
 * shares: {@code SOR/2002-227} = {@code DORS/2002-227} = {@code SOR 2002-227} → {@code sor:2002-227};
 * {@code Cap. 190} = {@code Chapter 190} = {@code Ch. 190} → {@code cap:190}; {@code Ley N° 25.871} =
 * {@code ley 25871} → {@code ley:25871}; {@code Pub. L. 106-386} → {@code publ:106-386}; {@code 8 U.S.C. 1158}
 * → {@code usc:8} with the provision {@code 1158}; {@code S.C. 2001, c. 27} → {@code sc:2001-27}. The index
 * stores the keys of each instrument's own citations; a query's citations are found before the query parser
 * sees them (a slash there would start a regular expression) and searched as keys.
 */
public final class Citations {

    /** A citation found in a string: where it is, its key, and the provision it names, if any. */
    public record Found(int start, int end, String key, String provision) {
    }

    private record Form(Pattern pattern, Keyer keyer) {
    }

    @FunctionalInterface
    private interface Keyer {
        Found key(Matcher m);
    }

    private static final String NUMBER_SIGN = "(?:n\\.?\\s*[º°o]?\\.?|nro\\.?|n[úu]m\\.?|n[úu]mero|no\\.)?\\s*";
    private static final List<Form> FORMS = new ArrayList<>();

    static {
        // Canada: regulations and statutes
        form("(?iu)\\b(?:SOR|DORS)\\s*[/ ]\\s*(\\d{2,4})\\s*[-–]\\s*(\\d{1,4})\\b",
                m -> found(m, "sor:" + m.group(1) + "-" + m.group(2), null));
        form("(?iu)\\b(?:S\\.C\\.|L\\.C\\.)\\s*(\\d{4})\\s*,?\\s*(?:c|ch)\\.\\s*(\\d{1,4})\\b",
                m -> found(m, "sc:" + m.group(1) + "-" + m.group(2), null));
        form("(?iu)\\b(?:R\\.S\\.C\\.|L\\.R\\.C\\.)\\s*,?\\s*\\(?1985\\)?\\s*,?\\s*(?:c|ch)\\.\\s*([A-Z]-[\\d.]+)",
                m -> found(m, "rsc:" + m.group(1).toLowerCase(Locale.ROOT), null));
        // United States
        form("(?iu)\\bPub(?:lic)?\\.?\\s*L(?:aw)?\\.?\\s*(?:No\\.?\\s*)?(\\d{2,3})\\s*[-–]\\s*(\\d{1,4})\\b",
                m -> found(m, "publ:" + m.group(1) + "-" + m.group(2), null));
        form("(?iu)\\b(\\d{1,2})\\s*U\\.?\\s?S\\.?\\s?C\\.?(?:\\s*(?:§+|sec\\.|section|s\\.)?\\s*(\\d{1,5}[a-z]?))?",
                m -> found(m, "usc:" + m.group(1), m.group(2)));
        form("(?iu)\\b(\\d{1,2})\\s*C\\.?\\s?F\\.?\\s?R\\.?(?:\\s*(?:§+|part)?\\s*(\\d{1,4}(?:\\.\\d+)?))?",
                m -> found(m, "cfr:" + m.group(1), m.group(2)));
        // Commonwealth revised laws: chapters
        form("(?iu)\\b(?:cap\\.?|chapter|chap\\.|ch\\.)\\s*(\\d{1,3}[A-Z]?(?:\\s*[:.]\\s*\\d{1,3})?)\\b",
                // "Cap. 14:02" = "Cap. 14.02"
                m -> found(m, "cap:" + m.group(1).replaceAll("\\s", "").replace('.', ':').toLowerCase(Locale.ROOT), null));
        // Numbered instruments of the civil-law states: "Ley N° 25.871", "Decreto 616/2010", "Lei nº 13.445"
        form("(?iu)\\b(leyes|ley|lei|loi|decreto[- ]ley|decreto[- ]lei|decreto legislativo|d\\.\\s?leg\\.|decreto supremo|"
                        + "decreto ejecutivo|decreto gubernativo|decreto|decree|d[ée]cret|dnu|d\\.s\\.|ds|dl|acuerdo gubernativo|"
                        + "acuerdo ministerial|acuerdo|resoluci[óo]n|resolu[cç][ãa]o|portaria|reglamento)\\s+" + NUMBER_SIGN
                        + "(\\d[\\d.]*(?:\\s*[-/]\\s*\\d{2,4})?(?:-[A-Z]{1,6})?)(?:\\s*,?\\s*de\\s+(\\d{4})\\b)?",
                m -> {
                    String family = family(m.group(1));
                    String number = m.group(2).replaceAll("(?<=\\d)\\.(?=\\d)", "").replaceAll("\\s", "").replace('/', '-')
                            .toLowerCase(Locale.ROOT);
                    if (m.group(3) != null && !number.contains("-")) {
                        number = number + "-" + m.group(3); // "Decreto 555 de 2021" = "Decreto 555/2021"
                    }
                    return found(m, family + ":" + number, null);
                });
        // with the instrument's name between kind and number: "Ley General de Migración No. 285-04"
        form("(?iu)\\b(ley|lei|loi|decreto|decree)\\s+[\\p{L} ]{2,60}?\\s+(?:no\\.|n[º°]\\.?|nº|nro\\.|núm\\.|número)\\s*"
                        + "(\\d[\\d.]*(?:\\s*[-/]\\s*\\d{2,4})?)\\b",
                m -> found(m, family(m.group(1)) + ":" + m.group(2).replaceAll("(?<=\\d)\\.(?=\\d)", "").replaceAll("\\s", "")
                        .replace('/', '-'), null));
    }

    private static void form(String regex, Keyer keyer) {
        FORMS.add(new Form(Pattern.compile(regex), keyer));
    }

    private static Found found(Matcher m, String key, String provision) {
        return new Found(m.start(), m.end(), key, provision);
    }

    /** One family per kind of instrument, whatever the language or abbreviation. */
    static String family(String kind) {
        String k = kind.toLowerCase(Locale.ROOT).replaceAll("[.\\s-]+", " ").strip();
        return switch (k) {
            case "ley", "leyes", "lei", "loi" -> "ley";
            case "decreto ley", "decreto lei", "dl" -> "dley";
            case "decreto legislativo", "d leg" -> "dleg";
            case "decreto supremo", "d s", "ds" -> "ds";
            case "decreto ejecutivo" -> "dejec";
            case "dnu" -> "dnu";
            case "acuerdo gubernativo", "acuerdo ministerial", "acuerdo" -> "acuerdo";
            case "resolución", "resolucion", "resolução", "resolucao" -> "resolucion";
            case "portaria" -> "portaria";
            case "reglamento" -> "reglamento";
            default -> "decreto";
        };
    }

    /** Every citation in a string, left to right, overlapping ones resolved in favour of the earlier form. */
    public static List<Found> find(String s) {
        List<Found> all = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return all;
        }
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(s);
            while (m.find()) {
                Found found = f.keyer().key(m);
                if (found != null && all.stream().noneMatch(o -> o.start() < found.end() && found.start() < o.end())) {
                    all.add(found);
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** The keys of the citations in a string ("Ley N° 25.871" → {"ley:25871"}). */
    public static Set<String> keys(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (Found f : find(s)) {
            out.add(f.key());
            // "Ley 1465 de 2011" also answers to "Ley 1465"
            int dash = f.key().lastIndexOf('-');
            if (f.key().startsWith("ley:") && dash > 0 && f.key().substring(dash + 1).matches("\\d{4}")) {
                out.add(f.key().substring(0, dash));
            }
        }
        return out;
    }

    /** A short name or acronym as a key: "IRPA" → "name:irpa". */
    public static String nameKey(String shortName) {
        return "name:" + shortName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
