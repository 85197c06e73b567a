package org.milex.indexer.index;

import java.util.Locale;
import java.util.Set;
import org.milex.indexer.citation.Citations;

/**
 * The key that makes texts one instrument: the catalog's id when the text belongs to a record; otherwise the
 * state, the type and the instrument's own citation ("AR law ley:25871" whatever file, format or version holds
 * it); otherwise the state, the type, the year and the title. Like the European Legislation Identifier's
 * work / expression / manifestation layers: the key names the work, each version is an expression, each file a
 * manifestation.
 */
public final class InstrumentKeys {

    private InstrumentKeys() {
    }

    public static String of(String catalogId, String country, String type, Integer year, String number, String title, String fallbackId) {
        if (catalogId != null) {
            return catalogId;
        }
        Set<String> cited = Citations.keys(number);
        if (cited.isEmpty()) {
            cited = Citations.keys(title);
        }
        String state = country == null ? "xx" : country.toLowerCase(Locale.ROOT);
        if (!cited.isEmpty()) {
            return "~" + state + "-" + type + "-" + slug(cited.iterator().next());
        }
        if (title != null && year != null) {
            return "~" + state + "-" + type + "-" + year + "-" + slug(title);
        }
        return "~" + fallbackId;
    }

    private static String slug(String s) {
        String slug = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
