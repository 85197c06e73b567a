package org.milex.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the line that names an instrument at the head of its text, as gazettes print it:
 * "LEI Nº 13.445, DE 24 DE MAIO DE 2017", "LEY N° 20.507", "DECRETO Nº 592, DE 6 DE JULHO DE 1992",
 * followed by its summary ("Institui a Lei de Migração.").
 */
public final class LegalHeader {

    private static final String KIND = "(ley|lei|loi|decreto|decree|décret|decreto-lei|decreto ley|reglamento|regulamento|"
            + "règlement|resolución|resolução|acuerdo|código|codigo|constitución|constituição|act)";
    private static final String NUMBER_MARK = "(n[º°o.]*|núm\\.?|número|no\\.?|nro\\.?)";
    /** "LEI Nº 13.445, DE …", or with a few words before the number: "LEY GENERAL DE MIGRACIÓN NO. 285-04". */
    private static final Pattern HEADER = Pattern.compile(
            "(?iu)^\\s*" + KIND + "(\\s+" + NUMBER_MARK + "?\\s*|\\s+[\\p{L} ]{2,60}?\\s+" + NUMBER_MARK + "\\s*)"
                    + "[0-9][0-9.\\-/]*.{0,80}$");
    private static final Pattern PRINCIPAL = Pattern.compile("(?iu)^\\s*(ley|lei|loi|act|código|codigo)\\b");
    private static final Pattern SUMMARY = Pattern.compile(
            "(?iu)^(institui|dispõe|dispoe|promulga|aprova|altera|regulamenta|establece|expide|crea|tipifica|modifica|"
                    + "aprueba|reglamenta|regula|dicta|por (el|la) (que|cual)|que (establece|crea|regula))\\s.{5,300}$");
    private static final int HEAD_LINES = 40;

    private LegalHeader() {
    }

    /**
     * The header line, with its one-line summary when one follows, tidied; null when the head has none.
     * Lines of a cover page that break one name ("LEY" / "GENERAL DE MIGRACIÓN" / "NO. 285-04") are read
     * together. When the head names a law and also its regulation or decree (a law printed with its
     * regulation), the law is the instrument.
     */
    public static String find(String text) {
        List<String> blocks = blocks(text);
        String first = null;
        for (int i = 0; i < blocks.size(); i++) {
            String line = blocks.get(i);
            if (line.length() <= 160 && HEADER.matcher(line).matches()) {
                String title = Titles.tidy(line);
                for (int j = i + 1; j < Math.min(blocks.size(), i + 6); j++) {
                    if (SUMMARY.matcher(blocks.get(j)).matches()) {
                        title = title + " — " + Titles.tidy(blocks.get(j));
                        break;
                    }
                }
                if (PRINCIPAL.matcher(line).find()) {
                    return title;
                }
                if (first == null) {
                    first = title;
                }
            }
        }
        return first;
    }

    /** Non-blank head lines; a run of short capitalised lines (a cover page) also yields its joined form. */
    private static List<String> blocks(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", HEAD_LINES * 3)) {
            if (!l.isBlank() && lines.size() < HEAD_LINES) {
                lines.add(l.strip());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            StringBuilder run = new StringBuilder(lines.get(i));
            for (int j = i + 1; j < Math.min(lines.size(), i + 4) && isCoverLine(lines.get(j - 1)) && isCoverLine(lines.get(j)); j++) {
                run.append(' ').append(lines.get(j));
                out.add(run.toString());
            }
        }
        return out;
    }

    private static boolean isCoverLine(String line) {
        return line.length() <= 40 && Titles.mostlyUpper(line);
    }
}
