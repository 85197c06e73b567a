package org.milex.web;

import java.util.Locale;
import java.util.Map;
import org.milex.indexer.classify.Country;
import org.milex.indexer.classify.InstrumentType;
import org.milex.indexer.classify.Topic;

/**
 * What the pages call things, in English or Spanish (the interface language is {@code ?ui=es}, or the
 * browser's first language): facet values, field names and the few sentences of the interface.
 */
final class Labels {

    private static final Map<String, String[]> UI = Map.ofEntries(
            Map.entry("search", new String[] {"Search", "Buscar"}),
            Map.entry("placeholder", new String[] {"Words, \"a phrase\", a law number (Ley 25.871), title:asylum …",
                "Palabras, \"una frase\", un número de ley (Ley 25.871), title:asilo …"}),
            Map.entry("results", new String[] {"%d documents", "%d documentos"}),
            Map.entry("relaxed", new String[] {"No document contains all the words; showing documents with any of them.",
                "Ningún documento contiene todas las palabras; se muestran los que contienen alguna."}),
            Map.entry("none", new String[] {"No documents match. Remove a filter or use fewer words.",
                "Ningún documento coincide. Quite un filtro o use menos palabras."}),
            Map.entry("sort", new String[] {"Sort", "Ordenar"}),
            Map.entry("relevance", new String[] {"relevance", "relevancia"}),
            Map.entry("date", new String[] {"date (newest first)", "fecha (recientes primero)"}),
            Map.entry("country", new String[] {"Country", "País"}),
            Map.entry("type", new String[] {"Instrument type", "Tipo de instrumento"}),
            Map.entry("topic", new String[] {"Topic", "Tema"}),
            Map.entry("language", new String[] {"Language", "Idioma"}),
            Map.entry("year", new String[] {"Year of adoption", "Año de adopción"}),
            Map.entry("from", new String[] {"from", "desde"}),
            Map.entry("to", new String[] {"to", "hasta"}),
            Map.entry("apply", new String[] {"Apply", "Aplicar"}),
            Map.entry("clear", new String[] {"Clear all filters", "Quitar todos los filtros"}),
            Map.entry("previous", new String[] {"← Previous", "← Anterior"}),
            Map.entry("next", new String[] {"Next →", "Siguiente →"}),
            Map.entry("page", new String[] {"Page %d of %d", "Página %d de %d"}),
            Map.entry("countries", new String[] {"Countries", "Países"}),
            Map.entry("ratifications", new String[] {"Ratifications", "Ratificaciones"}),
            Map.entry("api", new String[] {"JSON API", "API JSON"}),
            Map.entry("tagline", new String[] {"Migration legislation of the Americas", "Legislación migratoria de las Américas"}),
            Map.entry("catalog", new String[] {"Catalog record", "Ficha del catálogo"}),
            Map.entry("fulltext", new String[] {"Full text", "Texto completo"}),
            Map.entry("articles", new String[] {"Articles and sections", "Artículos y secciones"}),
            Map.entry("error", new String[] {"Your search could not be run", "No se pudo ejecutar la búsqueda"}),
            Map.entry("currentTo", new String[] {"text current to %s", "texto actualizado al %s"}),
            Map.entry("versions", new String[] {"Other versions", "Otras versiones"}),
            Map.entry("status", new String[] {"Status", "Estado"}),
            Map.entry("matches", new String[] {"Matches of your search", "Coincidencias de su búsqueda"}),
            Map.entry("matchCount", new String[] {"%d matches of “%s”", "%d coincidencias de «%s»"}),
            Map.entry("firstMatch", new String[] {"First match", "Primera coincidencia"}),
            Map.entry("previousMatch", new String[] {"← Previous match", "← Coincidencia anterior"}),
            Map.entry("nextMatch", new String[] {"Next match →", "Coincidencia siguiente →"}));

    /** The catalog's statuses in plain words. */
    private static final Map<String, String[]> STATUS = Map.of(
            "in-force", new String[] {"In force", "Vigente"},
            "partly-amended", new String[] {"In force, as amended", "Vigente, con reformas"},
            "repealed", new String[] {"Repealed", "Derogado"},
            "not-in-force", new String[] {"Not in force", "No vigente"},
            "non-binding", new String[] {"Non-binding", "No vinculante"});

    private static final String[] LANGUAGE_NAMES_EN = {"Spanish", "English", "Portuguese", "French", "Other"};
    private static final String[] LANGUAGE_NAMES_ES = {"Español", "Inglés", "Portugués", "Francés", "Otro"};
    private static final String[] LANGUAGE_CODES = {"es", "en", "pt", "fr", "other"};

    private final boolean spanish;

    private Labels(boolean spanish) {
        this.spanish = spanish;
    }

    static Labels of(String ui, String acceptLanguage) {
        if (ui != null && !ui.isBlank()) {
            return new Labels(ui.toLowerCase(Locale.ROOT).startsWith("es"));
        }
        return new Labels(acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("es"));
    }

    String code() {
        return spanish ? "es" : "en";
    }

    String ui(String key, Object... args) {
        String[] pair = UI.get(key);
        String s = pair == null ? key : pair[spanish ? 1 : 0];
        return args.length == 0 ? s : String.format(s, args);
    }

    /** A facet value's name: "MX" → "Mexico", "asylum-refugees" → "Asylum and refugees". */
    String value(String dim, String value) {
        if (value == null) {
            return "";
        }
        return switch (dim) {
            case "country" -> Country.byCode(value).map(c -> c.name(code())).orElse(value);
            case "type" -> InstrumentType.byId(value).map(t -> t.label(code())).orElse(value);
            case "topic" -> Topic.byId(value).map(t -> t.label(code())).orElse(value);
            case "language" -> language(value);
            case "status" -> STATUS.containsKey(value) ? STATUS.get(value)[spanish ? 1 : 0] : value;
            default -> value;
        };
    }

    private String language(String code) {
        for (int i = 0; i < LANGUAGE_CODES.length; i++) {
            if (LANGUAGE_CODES[i].equals(code)) {
                return (spanish ? LANGUAGE_NAMES_ES : LANGUAGE_NAMES_EN)[i];
            }
        }
        return code;
    }
}
