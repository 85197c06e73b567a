package org.milex.indexer.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.milex.indexer.classify.Classification;
import org.milex.indexer.extract.LanguageGuesser;
import org.milex.indexer.index.MilexDocument;

/**
 * Turns catalog records into documents (a record is searchable by its titles, number, summaries and key
 * articles even when no full text is at hand), and lays a record's facts over a full text it joins.
 */
public final class CatalogDocuments {

    private CatalogDocuments() {
    }

    /** The searchable document of a record; absence records have none. */
    public static MilexDocument of(CatalogRecord r) {
        Map<String, String> texts = new LinkedHashMap<>();
        StringBuilder en = new StringBuilder();
        append(en, r.titleEn());
        append(en, r.number());
        append(en, r.summaryEn());
        for (CatalogRecord.KeyArticle a : r.keyArticlesOrEmpty()) {
            append(en, "Article " + a.article() + ": " + a.gist());
        }
        texts.put("en", en.toString().strip());
        StringBuilder es = new StringBuilder();
        append(es, r.title());
        append(es, r.summaryEs());
        texts.put("es", es.toString().strip());
        if (r.summaryPt() != null) {
            texts.put("pt", r.summaryPt());
        }
        if (r.summaryFr() != null) {
            texts.put("fr", r.summaryFr());
        }
        // The facet speaks of the hemisphere's four languages: the record's first official one of them.
        String language = r.languagesOrEmpty().stream().filter(LanguageGuesser.KNOWN::contains).findFirst().orElse(LanguageGuesser.OTHER);
        String file = r.country().equals("INT") ? "catalog/international/INT.json" : "catalog/countries/" + r.country() + ".json";
        return new MilexDocument(r.id(), MilexDocument.RECORD, file + "#" + r.id(), r.title(), r.number(),
                r.country(), r.type(), null, r.topicsOrEmpty(), language, r.year(), fullDate(r.adopted()), r.id(), r.id(),
                r.status(), null, "application/json", null, texts, List.of());
    }

    /**
     * A full text's classification once its record is known: the catalog's facts win, the guesses fill
     * only what the catalog leaves blank.
     */
    public static Classification overlay(CatalogRecord r, Classification guessed) {
        return new Classification(
                r.country() != null ? r.country() : guessed.country(),
                r.type() != null ? r.type() : guessed.type(),
                // a catalogued instrument is adopted; a bill's text joined to it would be a later stage of it
                guessed.stage(),
                r.topics() != null && !r.topics().isEmpty() ? r.topics() : guessed.topics(),
                r.year() != null ? r.year() : guessed.year(),
                r.adopted() != null ? fullDate(r.adopted()) : guessed.date());
    }

    /** The record's official title when the text is in the record's first official language; else the text's own. */
    public static String title(CatalogRecord r, String textLanguage, String extractedTitle) {
        List<String> langs = r.languagesOrEmpty();
        boolean original = !langs.isEmpty() && langs.get(0).equals(textLanguage);
        if (original || extractedTitle == null) {
            return "en".equals(textLanguage) && !original && r.titleEn() != null ? r.titleEn() : r.title();
        }
        return extractedTitle;
    }

    private static String fullDate(String date) {
        return date != null && date.length() == 10 ? date : null;
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s.strip()).append("\n\n");
        }
    }
}
