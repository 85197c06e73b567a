package org.milex.indexer.classify;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country vocabulary: the 35 OAS member states by ISO 3166-1 alpha-2 code, plus {@code INT} for
 * international and regional instruments. Names in the hemisphere's four languages.
 */
public record Country(String code, String nameEn, String nameEs, String namePt, String nameFr, String markers) {

    public static final String INTERNATIONAL = "INT";
    private static final Map<String, Country> ALL = load();

    /** The 35 member states, in the order of the resource (alphabetical by English name). */
    public static Collection<Country> states() {
        return Collections.unmodifiableCollection(ALL.values());
    }

    /** A state, or the international pseudo-country {@code INT}. Case-insensitive. */
    public static Optional<Country> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.equals(INTERNATIONAL)) {
            return Optional.of(international());
        }
        return Optional.ofNullable(ALL.get(c));
    }

    public static boolean isCode(String code) {
        return byCode(code).isPresent();
    }

    public static Country international() {
        return new Country(INTERNATIONAL, "International", "Internacional", "Internacional", "International", "");
    }

    /** The name in a UI language (es, pt, fr; anything else gives English). */
    public String name(String language) {
        return switch (language == null ? "en" : language) {
            case "es" -> nameEs;
            case "pt" -> namePt;
            case "fr" -> nameFr;
            default -> nameEn;
        };
    }

    private static Map<String, Country> load() {
        Map<String, Country> map = new LinkedHashMap<>();
        for (String[] f : TsvResource.rows("countries.tsv")) {
            map.put(f[0], new Country(f[0], f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : ""));
        }
        Map<String, Country> sorted = new LinkedHashMap<>();
        map.values().stream().sorted((a, b) -> a.nameEn.compareTo(b.nameEn)).forEach(c -> sorted.put(c.code, c));
        return sorted;
    }
}
