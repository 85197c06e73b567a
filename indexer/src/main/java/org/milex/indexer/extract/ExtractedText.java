package org.milex.indexer.extract;

import java.util.Map;

/**
 * What extraction learned from one file.
 *
 * @param text        the plain text, one block (paragraph, heading, article) per line
 * @param title       the best title the format itself offers (heading, XML title element, metadata), or null
 * @param contentType the detected media type, e.g. {@code application/pdf}
 * @param language    {@code es}, {@code en}, {@code pt}, {@code fr} or {@code other}
 * @param hints       facts the format states outright, for the classifiers: see {@link Hints}
 */
public record ExtractedText(String text, String title, String contentType, String language, Map<String, String> hints) {

    /** Keys of {@link #hints()}. */
    public static final class Hints {
        /** Year of adoption stated by structured metadata (LIMS assent or registration, front matter). */
        public static final String YEAR = "year";
        /** Full adoption date (yyyy-MM-dd) when structured metadata states it. */
        public static final String DATE = "date";
        /** The instrument's number or citation as the format states it (e.g. "S.C. 2001, c. 27", "Ley 21325"). */
        public static final String NUMBER = "number";
        /** The instrument kind the format states (LIMS "Statute"/"Regulation", front matter "tipo"). */
        public static final String KIND = "kind";
        /** Set when the document comes from a national publisher whose country is certain (e.g. Justice Canada XML). */
        public static final String COUNTRY = "country";
        /** "bill" when the text is a bill before a parliament (it says so: "A Bill entitled …"). */
        public static final String STAGE = "stage";
        /** The date (yyyy-MM-dd) a consolidated text is current to, as its publisher states it. */
        public static final String CURRENT_TO = "current_to";
        /** "repealed" when the text itself says the whole instrument is repealed (a repealed regulation's stub). */
        public static final String STATUS = "status";
        /** Set when the text was read by OCR: how, and how many pages. */
        public static final String OCR = "ocr";
        /** Set when the text was cut at the extraction limit. */
        public static final String TRUNCATED = "truncated";

        private Hints() {
        }
    }
}
