package org.milex.indexer.extract;

import java.util.regex.Pattern;

/**
 * Reads the first lines of a text for its title when the format offers none (PDF without metadata,
 * Word files): the first capitalised, title-like line that is not a publisher's running header.
 */
final class HeadLines {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?iu).*(c[aá]mara de diputados|secretar[ií]a general|servicios parlamentarios|diario oficial|"
                    + "[uú]ltima reforma|texto vigente|p[aá]gina \\d|page \\d|government publishing office|"
                    + "gaceta oficial|boletín oficial|bolet[ií]n|www\\.|https?://|ministerio de|minist[eè]re|"
                    + "poder ejecutivo|presidencia|imprenta|printed by|copyright|todos los derechos|secretar[ií]a de|"
                    + "^page \\d+|^title \\d+|editorial notes|codification|normas legales|cuadernillo|^laws of [a-z ]+$|"
                    // sections that open a document without naming it
                    + "^objects and reasons$|^explanatory memorandum|^arrangement of sections$|^table of contents$|^contents$|"
                    + "^[ií]ndice$|^sumario$|^sommaire$|^considerando|^consid[ée]rant|^pr[ée]ambule$|^pre[áa]mbulo$|^preamble$|"
                    // a state's motto or the name it gives the year, set above every gazette page and official letter
                    + "^libert[ée]\\W+([ée]galit[ée]\\W+)?fraternit[ée]$|^[ée]galit[ée]$|^l'union fait la force$|"
                    + "^dios,? patria,? (y )?libertad$|^ordem e progresso$|^in god we trust$|^(a[ñn]o|decenio) del? .{5,}$).*");
    /** The words that enact rather than name: "EL CONGRESO DE LA REPÚBLICA", "DECRETA:", "ENACTED by the Parliament". */
    private static final Pattern ENACTING = Pattern.compile(
            "(?iu)^((el|la|los|las|the|le|les|o|a)\\s+)?(honorable\\s+|h\\.\\s+)?(congreso|congresso|asamblea|assembleia|senado|senate|"
                    + "c[aá]mara|presidente|presidenta|president|pr[ée]sident|parliament|parlement|house of|corps l[ée]gislatif|"
                    + "conseil|consejo|poder (ejecutivo|legislativo)|"
                    // an office that signs or issues: "EL SUPERINTENDENTE DE BANCA, SEGUROS Y …", "LE MINISTRE DE …"
                    + "superintendente|superintendent|ministro|ministra|minister|ministre|secretario|secretaria|secretary|"
                    + "director|directora|directeur|gobernador|gobernadora|governor|gouverneur|alcalde|alcaldesa|mayor)\\b.*"
                    + "|.*\\b(decreta|decreto:|sanciona|sancionan|por cuanto|ha dado la ley|enacted by|be it enacted|resuelve|"
                    + "considerando|vu la constitution|it is hereby ordered)\\b.*");
    /** Gazette style: the kind in capitals, the rest in sentence case ("LINEAMIENTOS Generales para …"). */
    private static final Pattern KIND_LINE = Pattern.compile(
            "^(LEY|LEI|DECRETO|ACUERDO|LINEAMIENTOS|REGLAMENTO|RESOLUCI[ÓO]N|NORMA|C[ÓO]DIGO|ESTATUTO|MANUAL|REGLAS|"
                    + "CONVENIO|PROTOCOLO|DECLARACI[ÓO]N|POL[ÍI]TICA|PLAN)\\s+\\p{L}*\\p{Ll}.{8,}");
    /** A chapter of a code: "CHAPTER 12—IMMIGRATION AND NATIONALITY". */
    private static final Pattern CHAPTER_LINE = Pattern.compile("^CHAPTER \\d+[A-Z]?\\s*[—–-]\\s*[A-Z][A-Z ,'’-]{5,}$");
    private static final int HEAD_LINES = 30;

    private HeadLines() {
    }

    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line).matches();
    }

    static boolean isEnactingFormula(String line) {
        return ENACTING.matcher(line).matches();
    }

    static String title(String text) {
        String[] lines = text.split("\n", HEAD_LINES + 1);
        int head = Math.min(HEAD_LINES, lines.length);
        for (int i = 0; i < head; i++) {
            String line = lines[i].strip();
            if (KIND_LINE.matcher(line).matches()) {
                // the title may run on to the next line, up to its closing full stop
                String next = i + 1 < head ? lines[i + 1].strip() : "";
                String more = next.isEmpty() && i + 2 < head ? lines[i + 2].strip() : next;
                boolean runsOn = !line.endsWith(".") && !more.isEmpty() && more.length() < 120
                        && (Character.isLowerCase(more.charAt(0)) || more.endsWith("."));
                return Titles.tidy(runsOn ? line + " " + more : line);
            }
        }
        String[] opening = text.substring(0, Math.min(text.length(), 40_000)).split("\n");
        for (int i = 0; i < opening.length; i++) {
            String line = opening[i].strip();
            if (CHAPTER_LINE.matcher(line).matches()) {
                // a chapter heading broken over two lines: "CHAPTER 12—IMMIGRATION AND" / "NATIONALITY"
                String next = i + 1 < opening.length ? opening[i + 1].strip() : "";
                boolean broken = line.matches(".*\\b(AND|OF|FOR|THE|TO|IN|ON)$") && next.matches("[A-Z][A-Z ,'’-]{2,60}");
                return Titles.tidy(broken ? line + " " + next : line);
            }
        }
        for (int i = 0; i < head; i++) {
            String line = lines[i].strip();
            if (line.length() >= 10 && line.length() <= 200 && line.contains(" ") && Titles.mostlyUpper(line)
                    && Titles.plausible(line) && !isBoilerplate(line) && !isEnactingFormula(line)) {
                return Titles.tidy(line);
            }
        }
        return null;
    }
}
