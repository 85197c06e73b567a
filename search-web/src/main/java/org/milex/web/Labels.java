package org.milex.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.milex.indexer.classify.Country;
import org.milex.indexer.thesaurus.Thesaurus;

/**
 * What the pages call things in the interface's language, Spanish, English, Portuguese or French: the
 * interface's words (ui/labels.tsv), the names of topics, types and statuses (the thesaurus' labels) and of
 * states (the country list). The language is {@code ?ui=xx} when given, else the browser's first language
 * among the four (Accept-Language, by its q-values), else English.
 */
final class Labels {

    static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");
    /** The order of the languages in ui/labels.tsv (declared before the table is read). */
    private static final List<String> COLUMNS = List.of("en", "es", "pt", "fr");
    /** Each interface language named in itself, for the switcher. */
    static final Map<String, String> OWN_NAMES = Map.of("es", "Español", "en", "English", "pt", "Português", "fr", "Français");
    private static final Map<String, Map<String, String>> UI = load();
    private static final Map<String, String[]> LANGUAGE_NAMES = Map.of(
            "es", new String[] {"Spanish", "Español", "Espanhol", "Espagnol"},
            "en", new String[] {"English", "Inglés", "Inglês", "Anglais"},
            "pt", new String[] {"Portuguese", "Portugués", "Português", "Portugais"},
            "fr", new String[] {"French", "Francés", "Francês", "Français"},
            "other", new String[] {"Other", "Otro", "Outro", "Autre"});

    private final String code;
    /** The page being shown, path and parameters without {@code ui}: the language switcher's links keep them. */
    private String path = "/";
    private Map<String, List<String>> params = Map.of();

    private Labels(String code) {
        this.code = code;
    }

    /** The same labels, knowing the page they label (its path and parameters), for the language switcher. */
    Labels at(String path, Map<String, List<String>> params) {
        this.path = path;
        Map<String, List<String>> p = new java.util.LinkedHashMap<>(params);
        p.remove("ui");
        this.params = p;
        return this;
    }

    /** This page in another interface language, with its query and filters. */
    String switchTo(String language) {
        return new QueryString(params).set("ui", language).href(path);
    }

    static Labels of(String ui, String acceptLanguage) {
        if (ui != null && !ui.isBlank()) {
            String wanted = ui.strip().toLowerCase(Locale.ROOT);
            wanted = wanted.length() > 2 ? wanted.substring(0, 2) : wanted;
            return new Labels(LANGUAGES.contains(wanted) ? wanted : "en");
        }
        return new Labels(fromAcceptLanguage(acceptLanguage));
    }

    /** The first of the four languages the browser accepts, by q-value then order ("pt-BR,pt;q=0.9,en;q=0.8" is pt). */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                String lang = tag.length() >= 2 ? tag.substring(0, 2) : tag;
                if (LANGUAGES.contains(lang)) {
                    return lang;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header that cannot be read is no choice at all
        }
        return "en";
    }

    String code() {
        return code;
    }

    String ui(String key, Object... args) {
        Map<String, String> names = UI.get(key);
        String s = names == null ? key : names.getOrDefault(code, names.get("en"));
        return args.length == 0 ? s : String.format(Locale.ROOT, s, args);
    }

    /** A facet value's name: "MX" → "Mexico", "asylum-refugees" → "Asylum and refugees", "partly-amended" → "In force, as amended". */
    String value(String dim, String value) {
        if (value == null) {
            return "";
        }
        return switch (dim) {
            case "country" -> Country.byCode(value).map(c -> c.name(code)).orElse(value.equals("INT") ? Country.international().name(code) : value);
            case "type", "topic", "status" -> Thesaurus.bundled().label(dim + ":" + value, code).orElse(value);
            case "language" -> LANGUAGE_NAMES.containsKey(value) ? LANGUAGE_NAMES.get(value)[COLUMNS.indexOf(code)] : value;
            default -> value;
        };
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (var in = Labels.class.getResourceAsStream("/ui/labels.tsv")) {
            if (in == null) {
                throw new IllegalStateException("ui/labels.tsv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("ui/labels.tsv: " + f.length + " columns in " + f[0]);
                }
                Map<String, String> names = new HashMap<>();
                for (int i = 0; i < 4; i++) {
                    names.put(COLUMNS.get(i), f[i + 1]);
                }
                out.put(f[0], names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
