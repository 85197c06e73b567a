package org.milex.indexer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title an instrument gives itself: Commonwealth drafting states it in a section of its own ("This Act may
 * be cited as the Immigration Act, 2014."), and a bill says it is one ("A Bill entitled …", "This Bill would …").
 * A bill's title is its short title with "Act" read as "Bill": "Fuel Tax Bill, 2018".
 */
final class ShortTitle {

    private static final Pattern CITED = Pattern.compile(
            "(?i)\\b(?:this|the present)\\s+(?:act|ordinance|law|code|order|regulations|rules)\\s+may\\s+be\\s+cited\\s+as\\s+(?:the\\s+)?"
                    + "(\\p{Lu}.{2,160}?)(?:(?<!\\bNo)\\.(?=\\s|\\d|$)|;|\\s+and\\s+shall\\b)");
    private static final Pattern BILL = Pattern.compile(
            "(?iu)\\bA\\s+Bill\\s+(?:entitled|intituled)\\b|\\bThis\\s+Bill\\s+(?:would|seeks|proposes|provides)\\b|"
                    + "^\\s*(?:proyecto de ley|projeto de lei|projet de loi)\\b|^\\s*Bill\\s+(?:No\\.\\s*|[CS]-)\\d+");
    private static final Pattern LAST_ACT = Pattern.compile("\\bAct\\b(?!.*\\bAct\\b)");
    /** Enough of the text to hold its opening sections. */
    private static final int HEAD = 20_000;

    private ShortTitle() {
    }

    /** The short title the text cites itself by, or null. */
    static String find(String text) {
        Matcher m = CITED.matcher(head(text));
        if (!m.find()) {
            return null;
        }
        String title = m.group(1).strip();
        if (!Titles.plausible(title)) {
            return null;
        }
        return isBill(text) ? LAST_ACT.matcher(title).replaceFirst("Bill") : title;
    }

    static boolean isBill(String text) {
        Matcher m = BILL.matcher(head(text));
        return m.find();
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), HEAD)).replace('\n', ' ');
    }
}
