package org.milex.indexer.index;

import java.util.List;
import java.util.Map;
import org.milex.indexer.extract.Articles;

/**
 * One version of an instrument as MILEX stores it, whatever produced it: a file's full text, or a catalog record
 * (its summaries stand in for a text the index does not hold). Versions of one instrument (its formats, its text
 * as enacted and as consolidated, its language versions) share {@link #instrument()}, and are one result.
 *
 * @param id         stable id: a catalog record's id, or a file's readable slug plus a hash of its origin
 * @param kind       {@link #TEXT} for a file's full text, {@link #RECORD} for a catalog record alone
 * @param source     the file's path relative to its source root (inside a zip: the path within it)
 * @param stage      {@code bill} for a bill before a parliament, else null
 * @param catalogId  the catalog record the document belongs to, or null
 * @param instrument the key of the instrument this is a version of ({@link InstrumentKeys})
 * @param status     in-force, partly-amended, repealed, … as the catalog or the text itself says; null when unknown
 * @param currentTo  the date (yyyy-MM-dd) a consolidated text is current to, or null
 * @param texts      text per language ("es", "en", "pt", "fr", "other"): one entry for a file
 * @param articles   where the text's articles and sections begin (empty for a catalog record)
 */
public record MilexDocument(
        String id,
        String kind,
        String source,
        String title,
        String number,
        String country,
        String type,
        String stage,
        List<String> topics,
        String language,
        Integer year,
        String date,
        String catalogId,
        String instrument,
        String status,
        String currentTo,
        String contentType,
        String sha256,
        Map<String, String> texts,
        List<Articles.Heading> articles) {

    public static final String TEXT = "text";
    public static final String RECORD = "record";

    /** The document's text in its own language, else any. */
    public String text() {
        String own = texts.get(language);
        return own != null ? own : texts.values().stream().findFirst().orElse("");
    }
}
