package org.milex.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A law published as structured JSON (legal open-data projects extract gazettes into fields: title, dates,
 * recitals, articles). Its text is the values in document order, one per line, each article headed by its
 * number; its title and date come from the fields that state them. Fields that hold a project's own
 * judgements or book-keeping (themes, tags, status, ids, file names) are left out: they are not the law's
 * text, and a project's themes would decide the topics for the classifier.
 */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SKIPPED = Set.of("themes", "theme", "tags", "keywords", "categories", "category", "topics",
            "labels", "status", "notes", "note", "source_filename", "filename", "file", "path", "url", "uri", "hash", "sha256",
            "ingested_at", "created_at", "updated_at", "extracted_chars", "extracted_pages", "id", "legal_text_id", "doc_id");
    private static final List<String> TITLE_KEYS = List.of("official_title", "title", "titre", "titulo", "título", "name", "nombre", "nom");
    private static final List<String> DATE_KEYS = List.of("act_date", "date_adopted", "adopted", "enacted", "enactment_date",
            "promulgation_date", "fecha_promulgacion", "fecha", "date");
    private static final List<String> KIND_KEYS = List.of("doc_type", "document_type", "tipo", "type");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private JsonText() {
    }

    /** @throws IOException when the bytes are not JSON */
    static ExtractedText extract(byte[] bytes, String contentType, LanguageGuesser languages) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        StringBuilder text = new StringBuilder();
        render(root, null, text);
        String plain = TextCleaner.clean(text.toString());
        String language = languages.guess(plain);
        Map<String, String> hints = new HashMap<>();
        if (root.isObject()) {
            String date = first(root, DATE_KEYS, language);
            Matcher d = date == null ? null : DATE.matcher(date);
            if (d != null && d.find()) {
                hints.put(ExtractedText.Hints.YEAR, d.group(1));
                hints.put(ExtractedText.Hints.DATE, d.group());
            }
            String kind = first(root, KIND_KEYS, language);
            if (kind != null) {
                hints.put(ExtractedText.Hints.KIND, kind.toLowerCase());
            }
        }
        String title = root.isObject() ? first(root, TITLE_KEYS, language) : null;
        return new ExtractedText(plain, Titles.plausible(title) ? Titles.tidy(title) : null, contentType, language, hints);
    }

    private static void render(JsonNode node, String key, StringBuilder out) {
        if (key != null && (SKIPPED.contains(key.toLowerCase()) || key.toLowerCase().endsWith("_id"))) {
            return;
        }
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        } else if (node.isArray()) {
            node.forEach(child -> render(child, key, out));
        } else if (node.isObject()) {
            JsonNode number = node.has("number") ? node.get("number") : node.get("numero");
            if (number != null && number.isValueNode()) {
                // an article: "Article 2" on its own line starts it, as in any law's text
                out.append("Article ").append(number.asText()).append('\n');
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("number") && !e.getKey().equals("numero")) {
                    render(e.getValue(), e.getKey(), out);
                }
            }
        }
    }

    /** The first of the keys present with text, preferring a key in the document's language ("title_fr"). */
    private static String first(JsonNode root, List<String> keys, String language) {
        for (String k : keys) {
            for (String candidate : List.of(k + "_" + language, k)) {
                JsonNode v = root.get(candidate);
                if (v != null && v.isTextual() && !v.asText().isBlank()) {
                    return v.asText().strip();
                }
            }
        }
        return null;
    }
}
