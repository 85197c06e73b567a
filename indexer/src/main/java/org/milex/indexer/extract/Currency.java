package org.milex.indexer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a consolidated text is current to, as its publisher prints it at the head or foot: "Última reforma
 * publicada DOF 15-01-2026", "Actualizada al: 16-03-2017", "current to 2026-03-31", "à jour au 2026-03-31". A
 * lawyer needs it to know which version of the law a text shows.
 */
final class Currency {

    private static final String DATE = "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})";
    private static final Pattern STATED = Pattern.compile(
            "(?iu)(?:[úu]ltima reforma(?: publicada)?(?: en el)?(?: DOF)?|texto (?:actualizado|vigente) al?|actualizad[oa] al?|"
                    + "current to|current through|consolidated (?:to|as of)|[àa] jour au|texto compilado(?: at[ée])?|"
                    + "vers[ãa]o compilada(?: at[ée])?)\\s*:?\\s*(?:el\\s+|the\\s+)?(?:" + DATE + ")");
    private static final int EDGE = 4000;

    private Currency() {
    }

    /** yyyy-MM-dd, or null when the text does not say. */
    static String find(String text) {
        String head = text.substring(0, Math.min(text.length(), EDGE));
        String tail = text.substring(Math.max(0, text.length() - EDGE));
        for (String part : new String[] {head, tail}) {
            Matcher m = STATED.matcher(part);
            if (m.find()) {
                if (m.group(3) != null) {
                    return "%s-%02d-%02d".formatted(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
                return m.group(4) + "-" + m.group(5) + "-" + m.group(6);
            }
        }
        return null;
    }
}
