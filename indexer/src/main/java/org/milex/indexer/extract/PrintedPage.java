package org.milex.indexer.extract;

import java.util.regex.Pattern;

/**
 * What a browser adds when a web page is printed to PDF: a header with the date, time and page title
 * ("27/2/23, 9:05 Texto completo | Argentina.gob.ar", "5/24/25, 6:52 PM Acuerdo 927 …") and a footer with the
 * address and page count ("https://… 1/22"). They are the printer's, not the instrument's: they must neither
 * title the document nor date it.
 */
final class PrintedPage {

    private static final Pattern HEADER = Pattern.compile(
            "(?m)^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?\\s?[Mm]\\.?)?(?:\\s.*)?$\\n?");
    private static final Pattern FOOTER = Pattern.compile("(?m)^https?://\\S+\\s+\\d{1,4}/\\d{1,4}$\\n?");

    private PrintedPage() {
    }

    /** The page titles the print headers carry ("Acuerdo 927 de 2024 Concejo de Bogotá, D.C."). */
    static java.util.Set<String> titles(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        var m = HEADER.matcher(text);
        while (m.find()) {
            String rest = m.group().replaceFirst("^\\S+,?\\s+\\S+(\\s?[AaPp]\\.?\\s?[Mm]\\.?)?", "").strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    static String strip(String text) {
        return FOOTER.matcher(HEADER.matcher(text).replaceAll("")).replaceAll("");
    }
}
