package org.milex.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the line that names an instrument at the head of its text, as gazettes print it:
 * "LEI Nº 13.445, DE 24 DE MAIO DE 2017", "LEY N° 20.507", "DECRETO Nº 592, DE 6 DE JULHO DE 1992",
 * with its one-line summary ("Institui a Lei de Migração.") or its name ("LEY GENERAL DEL AMBIENTE",
 * "Código de Trabajo") when one stands beside it.
 */
public final class LegalHeader {

    private static final String KIND = "(ley|lei|loi|decreto|decree|décret|decreto-lei|decreto ley|decreto supremo|reglamento|regulamento|"
            + "règlement|resolución|resolução|acuerdo|código|codigo|constitución|constituição|act)";
    private static final String NUMBER_MARK = "(n[º°o.]*|núm\\.?|número|no\\.?|nro\\.?)";
    /** "LEI Nº 13.445, DE …", or with a few words before the number: "LEY GENERAL DE MIGRACIÓN NO. 285-04". */
    private static final Pattern HEADER = Pattern.compile(
            "(?iu)^\\s*" + KIND + "(\\s+" + NUMBER_MARK + "?\\s*|\\s+[\\p{L} ]{2,60}?\\s+" + NUMBER_MARK + "\\s*)"
                    + "[0-9][0-9.\\-/]*.{0,80}$");
    private static final Pattern PRINCIPAL = Pattern.compile("(?iu)^\\s*(ley|lei|loi|act|código|codigo)\\b");
    private static final Pattern SUMMARY = Pattern.compile(
            "(?iu)^(institui|dispõe|dispoe|promulga|aprova|altera|regulamenta|establece|expide|crea|tipifica|modifica|"
                    + "aprueba|reglamenta|regula|dicta|por (el|la) (que|cual)|por medio de(l|la)? (que|cual)|mediante (el|la) (que|cual)|"
                    + "que (establece|crea|regula|modifica))\\s.{5,300}$");
    /** A name that stands beside the number: "LEY GENERAL DEL AMBIENTE", "Código de Trabajo", "RESIDUOS PELIGROSOS". */
    private static final Pattern KIND_NAME = Pattern.compile("(?iu)^" + KIND + "\\s+(de |del |da |do |general |orgánica |sobre )?\\p{L}[\\p{L} ,]{3,100}$");
    /** Links a browser prints after their text: "Ley 24051/1991 (/normativa/nacional/ley-24051-450) /". */
    private static final Pattern KIND_ONLY = Pattern.compile("(?iu)^" + KIND + "(\\s+" + KIND + ")?\\s*[.:]?$");
    private static final Pattern PRINTED_LINK = Pattern.compile("\\s*\\(/[^)\\s]*\\)|\\s+/$");
    private static final int HEAD_LINES = 40;

    private LegalHeader() {
    }

    /**
     * The header line with its summary or name when one stands beside it, tidied; null when the head has none.
     * Lines of a cover page that break one name ("LEY" / "GENERAL DE MIGRACIÓN" / "NO. 285-04") are read
     * together; a line that only continues a wrapped sentence is not a header. Of several headers, one with its
     * summary or name beside it wins, then the principal law's (a law printed with its regulation), then the first.
     */
    public static String find(String text) {
        List<String> blocks = blocks(text);
        String best = null;
        int bestScore = -1;
        for (int i = 0; i < blocks.size(); i++) {
            String line = blocks.get(i);
            if (line.length() > 160 || !HEADER.matcher(line).matches() || continues(blocks, i)) {
                continue;
            }
            String title = Titles.tidy(line);
            String beside = beside(blocks, i);
            int score = (beside != null ? 2 : 0) + (PRINCIPAL.matcher(line).find() ? 3 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = beside == null ? title : title + " — " + Titles.tidy(beside);
            }
        }
        return best;
    }

    /** The summary after a header, or its name after or just before it. */
    private static String beside(List<String> blocks, int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + 6); j++) {
            if (SUMMARY.matcher(blocks.get(j)).matches()) {
                return blocks.get(j);
            }
        }
        for (int j = i + 1; j < Math.min(blocks.size(), i + 7); j++) {
            if (isName(blocks.get(j), blocks.get(i))) {
                return blocks.get(j);
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            if (isName(blocks.get(j), blocks.get(i))) {
                return blocks.get(j);
            }
        }
        return null;
    }

    private static boolean isName(String line, String header) {
        if (header.toLowerCase(Locale.ROOT).contains(line.toLowerCase(Locale.ROOT))) {
            return false; // a piece of the header itself (a cover page breaks "LEY" / "GENERAL DE MIGRACIÓN" / "NO. 285-04")
        }
        if (line.length() > 120 || line.chars().anyMatch(Character::isDigit) || HEADER.matcher(line).matches()
                || HeadLines.isBoilerplate(line) || HeadLines.isEnactingFormula(line)) {
            return false;
        }
        int words = line.split("\\s+").length;
        if (KIND_ONLY.matcher(line).matches()) {
            return false; // "DECRETO SUPREMO": the kind again, not a name
        }
        return KIND_NAME.matcher(line).matches() && words <= 12
                || words >= 2 && words <= 10 && Titles.mostlyUpper(line) && Titles.plausible(line);
    }

    /**
     * True when the line before ends mid-sentence ("… aprobado por" / "Decreto Supremo N° 004-2017-MTC"): the
     * candidate is the tail of a wrapped sentence that cites an instrument, not a header. A short banner line
     * before a header ("Subchefia para Assuntos Jurídicos") does not make it one.
     */
    private static boolean continues(List<String> blocks, int i) {
        if (i == 0) {
            return false;
        }
        String prev = blocks.get(i - 1);
        char last = prev.charAt(prev.length() - 1);
        return (Character.isLowerCase(last) || last == ',') && prev.length() >= 40 || WRAPPED.matcher(prev).find();
    }

    /** A line ending in a word that cannot end a heading: it runs on. */
    private static final Pattern WRAPPED = Pattern.compile(
            "(?iu)\\s(de|del|da|do|dos|das|por|para|en|el|la|los|las|y|e|o|que|of|the|by|and|to|in|under|du|des|le|les|et|au|aux|pelo|pela|na|no)$");

    /** Non-blank head lines; a run of short capitalised lines (a cover page) also yields its joined form. */
    private static List<String> blocks(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", HEAD_LINES * 3)) {
            String s = PRINTED_LINK.matcher(l).replaceAll("").strip();
            if (!s.isEmpty() && lines.size() < HEAD_LINES) {
                lines.add(s);
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
