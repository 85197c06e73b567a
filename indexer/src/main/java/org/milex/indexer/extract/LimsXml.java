package org.milex.indexer.extract;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Justice Canada's LIMS XML (federal Acts and Regulations). Tika's generic XML text runs every element
 * together, because the files have no white space between tags; this renders sections, subsections and
 * paragraphs one per line ("97 (1) …") and reads the title, chapter and assent or registration date.
 */
final class LimsXml {

    private static final Set<String> BLOCKS = Set.of(
            "heading", "titletext", "section", "subsection", "paragraph", "subparagraph", "clause", "subclause",
            "definition", "text", "marginalnote", "provision", "historicalnote", "historicalnotesubitem",
            "longtitle", "shorttitle", "schedule", "row", "item", "footnote", "readernote", "formgroup",
            "enacts", "preamble", "order", "recommendation", "notice", "billinternalnumber", "chapter",
            "instrumentnumber", "registrationdate", "consolidatednumber", "runninghead", "bilingualgroup", "enablingauthority",
            "regulationmakerorder");
    private static final Set<String> LABELS = Set.of("label");

    private LimsXml() {
    }

    /** True when the first bytes of an XML file declare the LIMS namespace. */
    static boolean accepts(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return head.contains("justice.gc.ca/lims") || head.contains("//Justice Canada//DTD");
    }

    static ExtractedText extract(byte[] bytes, String contentType, LanguageGuesser languages) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element root = doc.children().first();
        Map<String, String> hints = new HashMap<>();
        hints.put(ExtractedText.Hints.COUNTRY, "CA");
        String rootName = root == null ? "" : root.normalName();
        hints.put(ExtractedText.Hints.KIND, rootName.equals("regulation") ? "regulation" : "law");

        String title = uninvert(firstText(doc, "Identification > ShortTitle", "Identification > LongTitle", "ShortTitle", "LongTitle"));
        // Only assent or registration dates: the consolidation date is the date of the copy, not of adoption.
        Element date = first(doc, "BillHistory > Stages[stage=assented-to] > Date", "Identification > RegistrationDate > Date");
        if (date != null) {
            String yyyy = textOf(date, "YYYY");
            if (!yyyy.isEmpty()) {
                hints.put(ExtractedText.Hints.YEAR, yyyy);
                String mm = textOf(date, "MM");
                String dd = textOf(date, "DD");
                if (mm.matches("\\d{1,2}") && dd.matches("\\d{1,2}")) {
                    hints.put(ExtractedText.Hints.DATE, String.format("%s-%02d-%02d", yyyy, Integer.parseInt(mm), Integer.parseInt(dd)));
                }
            }
        }
        String lang = root == null ? "" : root.attr("xml:lang");
        if (root != null && root.attr("lims:current-date").matches("\\d{4}-\\d{2}-\\d{2}")) {
            hints.put(ExtractedText.Hints.CURRENT_TO, root.attr("lims:current-date"));
        }
        if (root != null && root.children().stream().anyMatch(e -> e.normalName().equals("repealed"))) {
            hints.put(ExtractedText.Hints.STATUS, "repealed"); // the whole instrument, not one of its provisions
        }
        if (!hints.containsKey(ExtractedText.Hints.YEAR)) {
            originalEnactment(doc).ifPresent(year -> hints.put(ExtractedText.Hints.YEAR, year));
        }
        String number = number(doc, lang);
        if (number != null) {
            hints.put(ExtractedText.Hints.NUMBER, number);
        }
        String text = BlockText.render(withoutFileFacts(doc), BLOCKS, LABELS);
        String language = lang.equals("en") || lang.equals("fr") ? lang : languages.guess(text);
        return new ExtractedText(text, title, contentType, language, hints);
    }

    /**
     * The identification block without the facts about the file that are not the instrument's words: dates
     * spelled as YYYY, MM and DD elements, the consolidation and bill history, running head, bill and chapter
     * numbers. Left in, they run together at the top of the text ("SOR/2002-229 2002611 2025725IMMIGRATION
     * …") and open every snippet of it. The number, title and dates are kept as facts (hints) instead; the
     * number, the enabling Act, the titles and the order in council stay, one to a line.
     */
    private static Document withoutFileFacts(Document doc) {
        Document copy = doc.clone();
        for (Element id : copy.select("Identification")) {
            id.select("ConsolidationDate, RegistrationDate, BillHistory, RunningHead, BillRefNumber, Parliament, Chapter, "
                    + "BillNumber, RegulationMakerOrder > Date").remove();
            for (Element order : id.select("RegulationMakerOrder")) {
                order.text(order.children().stream().map(Element::text).collect(java.util.stream.Collectors.joining(" ")));
            }
        }
        return copy;
    }

    /**
     * A consolidated Revised Statute carries no assent date; its first historical note cites the session it
     * was enacted in ("1974-75-76, c. 108, s. 1"), whose last year is the year of assent.
     */
    private static java.util.Optional<String> originalEnactment(Document doc) {
        Element note = doc.selectFirst("Body HistoricalNote HistoricalNoteSubItem");
        if (note == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = SESSION.matcher(note.text().strip());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String first = m.group(1);
        String[] more = m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("-");
        if (more.length == 0) {
            return java.util.Optional.of(first);
        }
        String last = more[more.length - 1];
        return java.util.Optional.of(last.length() == 4 ? last : first.substring(0, 4 - last.length()) + last);
    }

    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile("^(\\d{4})((?:-\\d{2,4})*), ch?\\.");

    private static String number(Document doc, String lang) {
        String instrument = firstText(doc, "Identification > InstrumentNumber");
        if (instrument != null) {
            return instrument;
        }
        Element annual = first(doc, "Chapter > AnnualStatuteId");
        if (annual != null && !textOf(annual, "AnnualStatuteNumber").isEmpty()) {
            String citation = lang.equals("fr") ? "L.C. %s, ch. %s" : "S.C. %s, c. %s";
            return citation.formatted(textOf(annual, "YYYY"), textOf(annual, "AnnualStatuteNumber"));
        }
        Element consolidated = first(doc, "Chapter > ConsolidatedNumber[official=yes]");
        if (consolidated != null) {
            // An official consolidated number is a chapter of the Revised Statutes of Canada, 1985.
            String citation = lang.equals("fr") ? "L.R.C. (1985), ch. %s" : "R.S.C., 1985, c. %s";
            return citation.formatted(consolidated.text().strip());
        }
        return null;
    }

    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile(
            "^(.+), (Loi (?:sur|concernant|relative à|de) (?:l’|l'|la |le |les |)|Loi)$");

    /** French annual statutes index their titles inverted ("Immigration …, Loi sur l’"); put them back. */
    static String uninvert(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = INVERTED.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String rest = m.group(1);
        String head = m.group(2);
        String lowered = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        return head.endsWith("’") || head.endsWith("'") || head.endsWith(" ") ? head + lowered : head + " " + lowered;
    }

    private static Element first(Document doc, String... queries) {
        for (String q : queries) {
            Element e = doc.selectFirst(q);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static String firstText(Document doc, String... queries) {
        Element e = first(doc, queries);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static String textOf(Element parent, String child) {
        Element e = parent.selectFirst(child);
        return e == null ? "" : e.text().strip();
    }
}
