package org.milex.indexer.classify;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.LegalHeader;

/**
 * Finds the year of adoption: not the year of the latest reform, of the consolidation or of a date in the
 * file name. It trusts, in order: structured metadata, a treaty's own signature clause, the enactment
 * header ("LEI Nº 13.445, DE 24 DE MAIO DE 2017", "publicada en el DOF el 25 de mayo de 2011"), a US Code
 * source credit, and the first date at the head of the text that is not a reform or consolidation date.
 */
public final class YearFinder {

    private static final String MONTH = "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
            + "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
            + "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|"
            + "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:º|°|o|er)?\\s+(?:de\\s+)?" + MONTH + "\\.?\\s*,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)\\b" + MONTH + "\\.?\\s+(\\d{1,2})\\s*(?:,|de)?\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SPELLED = Pattern.compile(
            "(?iu)\\bday\\s+of\\s+" + MONTH + ",?\\s+((?:one thousand|two thousand|nineteen hundred)[a-z\\s-]{0,40})");
    private static final Pattern TREATY_CLAUSE = Pattern.compile(
            "(?u)(?:(?:^|[.;:,]\\s*)(?:DONE|Done)\\s+at|\\bDONE\\s+at|\\bopen(?:ed)?\\s+(?:to all States\\s+)?for\\s+signature|\\bHECHO\\s+en|"
                    + "(?:^|[.;:]\\s*)Hecho\\s+en|\\bFAIT\\s+à|(?:^|[.;:]\\s*)Fait\\s+à|\\bFEITO\\s+em|\\bGEDAAN\\s+te|\\badoptad[ao]\\s+en|\\badopted\\s+(?:at|in)\\b)",
            Pattern.MULTILINE);
    private static final Pattern SOURCE_CREDIT = Pattern.compile(
            "\\((?:Pub\\. L\\. \\d+[–-]\\d+, [^()]{0,80}?, )?([A-Z][a-z]{2,8}\\.? \\d{1,2}, (\\d{4}))(?:, ch\\. \\d+|, \\d+ Stat\\.)");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(reforma|reformad|modificad|modificacion|actualizad|ultima|vigente|current to|consolidat|amended|version|consulta|fetched|"
                    + "impres|printed|retrieved|edicion|edicao|edition|revised|enmienda|derogad|repealed|entry into force|"
                    + "entrada en vigor|en vigor|vigor|vigencia|texto actualizado|last|modifie|a jour)");
    private static final Pattern POSITIVE = Pattern.compile(
            "(publicad|promulgad|sancionad|expedid|dado en|dada en|dada em|feito em|hecho en|done at|adopted|adoptad|"
                    + "assented|sanctionne|fait a|de fecha|aprobad|signed|firmad|nueva ley|nuevo reglamento|expide|"
                    + "(ley|lei|loi|decreto|decree|act|resolucion|acuerdo)\\b[^\\n]{0,40}\\bde$|gedaan te|for signature)");
    private static final int HEAD = 3000;
    private static final int MIN_YEAR = 1800;

    /** A year, with the full date (yyyy-MM-dd) when the text gives one. */
    public record Found(int year, String date) {
    }

    public Optional<Found> find(String text, Map<String, String> hints, boolean treaty) {
        return find(text, null, LegalHeader.find(text), hints, treaty, false);
    }

    /**
     * @param title        the document's title (may be null)
     * @param header       the text's enactment header line ({@link LegalHeader#find}), when the caller has it already
     * @param constitution the text is a constitution (or a part of one), whose head may name its year ("Constitución 1967")
     */
    public Optional<Found> find(String text, String title, String header, Map<String, String> hints, boolean treaty, boolean constitution) {
        String hinted = hints.get(ExtractedText.Hints.YEAR);
        if (hinted != null && hinted.matches("\\d{4}")) {
            return Optional.of(new Found(Integer.parseInt(hinted), hints.get(ExtractedText.Hints.DATE)));
        }
        if (treaty) {
            Optional<Found> clause = treatyClause(text);
            if (clause.isPresent()) {
                return clause;
            }
        }
        Optional<Found> fromHeader = fromHeader(header);
        if (fromHeader.isPresent()) {
            return fromHeader;
        }
        String head = text.substring(0, Math.min(HEAD, text.length()));
        Optional<Found> cited = yearAfter(ACT_OF_YEAR, head);
        if (cited.isPresent()) {
            return cited;
        }
        if (constitution) {
            // the title is the constitution's own name ("Constitution du 19 juin 1918"); the head may add an
            // editor's history naming older ones
            if (title != null) {
                List<Dated> inTitle = dates(title);
                if (!inTitle.isEmpty()) {
                    return Optional.of(inTitle.get(0).found);
                }
                Optional<Found> year = yearAfter(CONSTITUTION_YEAR, title);
                if (year.isPresent()) {
                    return year;
                }
            }
            Optional<Found> named = yearAfter(CONSTITUTION_YEAR, head.substring(0, Math.min(head.length(), 1200)));
            if (named.isPresent()) {
                return named;
            }
        }
        if (treaty) {
            // A treaty without its signature clause: dates in its preamble are those of older instruments.
            return Optional.empty();
        }
        Optional<Found> positive = Optional.empty();
        Found neutral = null;
        for (Dated d : dates(head)) {
            String before = clause(head, d.start);
            if ((NEGATIVE.matcher(before).find() && !newAfterNegative(before)) || NEGATIVE.matcher(openNote(head, d.start)).find()) {
                continue;
            }
            if (POSITIVE.matcher(before).find()) {
                positive = Optional.of(d.found);
                break;
            }
            if (neutral == null) {
                neutral = d.found;
            }
        }
        if (positive.isPresent()) {
            return positive;
        }
        Optional<Found> signed = closingClause(text);
        if (signed.isPresent()) {
            return signed;
        }
        Matcher credit = SOURCE_CREDIT.matcher(text);
        if (credit.find()) {
            int year = Integer.parseInt(credit.group(2));
            if (plausible(year)) {
                return Optional.of(new Found(year, null));
            }
        }
        return Optional.ofNullable(neutral);
    }

    /**
     * The enactment header: "LEI Nº 13.445, DE 24 DE MAIO DE 2017", or a number carrying its year as the
     * Dominican, Guatemalan or Argentine numbering does ("No. 285-04", "Decreto 44-2016", "Decreto 616/2010").
     */
    private Optional<Found> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        // "CONSTITUCIÓN 1967 CON LAS MODIFICACIONES … DE 1989": a reform's date in the header is not the adoption
        List<Dated> dated = dates(header).stream()
                .filter(d -> !NEGATIVE.matcher(Folding.fold(header.substring(0, d.start))).find()).toList();
        if (!dated.isEmpty()) {
            return Optional.of(dated.get(0).found);
        }
        Matcher n = NUMBER_YEAR.matcher(header);
        if (n.find()) {
            String y = n.group(1);
            int year = y.length() == 4 ? Integer.parseInt(y) : (Integer.parseInt(y) <= Year.now().getValue() % 100 ? 2000 : 1900) + Integer.parseInt(y);
            if (plausible(year)) {
                return Optional.of(new Found(year, null));
            }
        }
        return Optional.empty();
    }

    private static final Pattern NUMBER_YEAR = Pattern.compile(
            "(?i)\\b(?:n[º°o.]*|núm\\.?|número|no\\.?|nro\\.?)?\\s*\\d{1,5}(?:[-/]|\\s+de\\s+)(\\d{4}|\\d{2})\\b(?![./-]\\d)");
    /** A Commonwealth enactment citation at the head of a revised law: "Act 42 of 1947", "Act No. 2 of 2005". */
    private static final Pattern ACT_OF_YEAR = Pattern.compile("(?i)\\bAct\\s+(?:No\\.\\s*)?\\d{1,4}\\s+of\\s+(\\d{4})\\b");
    /** A constitution that names its year: "CONSTITUCIÓN 1967 CON LAS MODIFICACIONES…", "Constitution de 1987". */
    private static final Pattern CONSTITUTION_YEAR = Pattern.compile(
            "(?iu)\\b(?:constituci[oó]n|constitui[cç][aã]o|constitution)(?:\\s+(?:pol[ií]tica|federal|nacional|haitienne))?"
                    + "(?:\\s+(?:de la|da|de|of the|of)\\s+(?:rep[uú]blica|republique|nación|nation)[\\p{L} ']{0,40})?\\s+(?:de\\s+|of\\s+)?(\\d{4})\\b");

    private static Optional<Found> yearAfter(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (plausible(year)) {
                return Optional.of(new Found(year, null));
            }
        }
        return Optional.empty();
    }

    /** Where a law is signed at its end: "Dado en…", "En Lima, a los trece días del mes de…", "Brasília, 24 de maio de 2017". */
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)\\b(dad[oa]s? en|dado y firmado|a los \\p{L}+ d[ií]as del mes de|en lima, a|en san jos[eé]|casa presidencial|sanci[oó]n:|"
                    + "comun[ií]quese|publ[ií]quese|ejec[uú]tese|bras[ií]lia,|feito em|donn[ée] (au|à|a)|fait (à|a)|given under my hand|"
                    + "passed (by|in) the|made this|this \\p{L}+ day of)");
    private static final int TAIL = 6000;

    /** The date of the signing formula at the end of a national law, the last one in its closing lines. */
    private static Optional<Found> closingClause(String text) {
        int from = Math.max(0, text.length() - TAIL);
        String tail = text.substring(from);
        Matcher m = CLOSING.matcher(tail);
        Found last = null;
        while (m.find()) {
            String after = tail.substring(m.start(), Math.min(tail.length(), m.end() + 220));
            List<Dated> dated = dates(after);
            if (!dated.isEmpty()) {
                last = dated.get(0).found;
                continue;
            }
            Matcher spelled = SPELLED_IBERIAN.matcher(after);
            if (spelled.find()) {
                int year = SpelledNumbers.year(spelled.group(1));
                if (plausible(year)) {
                    last = new Found(year, null);
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** A year written out in Spanish, Portuguese or French: "mil novecientos sesenta y cuatro", "dos mil cinco". */
    private static final Pattern SPELLED_IBERIAN = Pattern.compile(
            "(?iu)\\b((?:mil|dos mil|dois mil|deux mille|mille|mil neuf cent)\\b[\\p{L}\\s-]{0,60})");

    /** The last signature clause of the text itself ("DONE at Geneva, this twenty-eighth day of July, …"). */
    private Optional<Found> treatyClause(String text) {
        Matcher m = TREATY_CLAUSE.matcher(text);
        Found last = null;
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 160));
            List<Dated> dates = dates(after);
            if (!dates.isEmpty()) {
                last = dates.get(0).found;
            } else {
                Matcher spelled = SPELLED.matcher(after);
                if (spelled.find()) {
                    int year = spelledYear(spelled.group(2));
                    if (plausible(year)) {
                        last = new Found(year, null);
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }

    private record Dated(int start, Found found) {
    }

    private static List<Dated> dates(String s) {
        List<Dated> out = new ArrayList<>();
        Matcher a = DAY_MONTH_YEAR.matcher(s);
        while (a.find()) {
            add(out, a.start(), Integer.parseInt(a.group(3)), month(a.group(2)), Integer.parseInt(a.group(1)));
        }
        Matcher b = MONTH_DAY_YEAR.matcher(s);
        while (b.find()) {
            add(out, b.start(), Integer.parseInt(b.group(3)), month(b.group(1)), Integer.parseInt(b.group(2)));
        }
        Matcher c = NUMERIC.matcher(s);
        while (c.find()) {
            if (c.group(3) != null) {
                add(out, c.start(), Integer.parseInt(c.group(3)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(1)));
            } else {
                add(out, c.start(), Integer.parseInt(c.group(4)), Integer.parseInt(c.group(5)), Integer.parseInt(c.group(6)));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start, y.start));
        return out;
    }

    private static void add(List<Dated> out, int start, int year, int month, int day) {
        if (!plausible(year) || month < 1 || month > 12 || day < 1 || day > 31) {
            return;
        }
        if (out.stream().anyMatch(d -> Math.abs(d.start - start) < 4)) {
            return;
        }
        out.add(new Dated(start, new Found(year, String.format("%04d-%02d-%02d", year, month, day))));
    }

    private static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= Year.now().getValue();
    }

    /**
     * The words before a date within its clause ("Última reforma publicada DOF" before "15-01-2026"), folded:
     * a reform word anywhere in the clause makes the date a reform date.
     */
    private static String clause(String text, int dateStart) {
        String before = text.substring(Math.max(0, dateStart - 90), dateStart);
        int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")));
        return Folding.fold(cut >= 0 ? before.substring(cut + 1) : before).strip();
    }

    /** The words that announce an instrument's first publication ("Nueva Ley publicada en el DOF el …"). */
    private static final Pattern NEW_INSTRUMENT = Pattern.compile("\\b(nueva ley|nuevo reglamento|nuevo codigo|nova lei|novo decreto)\\b");

    /**
     * Whether the clause announces a new instrument after its last reform word: a consolidated text headed
     * "TEXTO VIGENTE Nueva Ley publicada en el Diario Oficial de la Federación el 30 de julio de 2010" dates the
     * law's own publication, while "Última reforma publicada DOF 15-01-2026" stays a reform date.
     */
    private static boolean newAfterNegative(String clause) {
        Matcher negative = NEGATIVE.matcher(clause);
        int last = -1;
        while (negative.find()) {
            last = negative.end();
        }
        Matcher announced = NEW_INSTRUMENT.matcher(clause);
        return announced.find(Math.max(0, last));
    }

    private static final int NOTE = 400;

    /**
     * The editor's note in brackets that a date sits in, folded, or "" when it sits in none: "(Así reformado
     * este artículo mediante la Ley N° 4625 de 30 de julio de 1970, publicada en La Gaceta … de 31 de julio de
     * 1970.)". The note's dates are those of the reform, however its lines are broken: a PDF that breaks the
     * note after the first date would otherwise leave "publicada en La Gaceta" as the second date's clause.
     */
    private static String openNote(String text, int dateStart) {
        int from = Math.max(0, dateStart - NOTE);
        int open = text.lastIndexOf('(', dateStart);
        if (open < from || text.lastIndexOf(')', dateStart) > open) {
            return ""; // in no bracket, or in one closed before the date
        }
        return Folding.fold(text.substring(open, dateStart));
    }

    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        String[][] names = {
            {"enero", "janeiro", "janvier", "january", "jan"},
            {"febrero", "fevereiro", "fevrier", "february", "feb"},
            {"marzo", "marco", "mars", "march", "mar"},
            {"abril", "avril", "april", "apr"},
            {"mayo", "maio", "mai", "may"},
            {"junio", "junho", "juin", "june", "jun"},
            {"julio", "julho", "juillet", "july", "jul"},
            {"agosto", "aout", "august", "aug"},
            {"septiembre", "setiembre", "setembro", "septembre", "september", "sept", "sep"},
            {"octubre", "outubro", "octobre", "october", "oct"},
            {"noviembre", "novembro", "novembre", "november", "nov"},
            {"diciembre", "dezembro", "decembre", "december", "dec"}};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(n, i + 1);
            }
        }
        return map;
    }

    static int month(String name) {
        return MONTHS.getOrDefault(Folding.fold(name).replace(".", "").strip(), -1);
    }

    /** "one thousand nine hundred and fifty-one" → 1951; -1 when unreadable. */
    static int spelledYear(String words) {
        String w = words.toLowerCase().replace('-', ' ').replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        int base;
        String rest;
        if (w.startsWith("one thousand nine hundred")) {
            base = 1900;
            rest = w.substring("one thousand nine hundred".length());
        } else if (w.startsWith("nineteen hundred")) {
            base = 1900;
            rest = w.substring("nineteen hundred".length());
        } else if (w.startsWith("two thousand")) {
            base = 2000;
            rest = w.substring("two thousand".length());
        } else {
            return -1;
        }
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        int n = 0;
        for (String token : rest.strip().replaceFirst("^and ", "").split(" ")) {
            boolean matched = false;
            for (int i = 2; i < tens.length && !matched; i++) {
                if (token.equals(tens[i])) {
                    n += 10 * i;
                    matched = true;
                }
            }
            for (int i = 1; i < units.length && !matched; i++) {
                if (token.equals(units[i])) {
                    n += i;
                    matched = true;
                }
            }
            if (!matched) {
                break;
            }
        }
        return base + n;
    }
}
