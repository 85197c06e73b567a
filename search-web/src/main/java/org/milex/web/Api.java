package org.milex.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.Ratification;
import org.milex.indexer.classify.Country;
import org.milex.indexer.index.Instrument;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.extract.Articles;
import org.milex.search.SearchResult;
import org.milex.search.Snippet;

/** The JSON shapes of the API, built field by field: these names are a contract (see the README). */
final class Api {

    private Api() {
    }

    /** Where a hit's link lands: its version's page, at the article, carrying the query so the page marks it. */
    static String url(SearchResult.Hit h, String q) {
        return url(h.document().id(), q, h.landing());
    }

    /** A document's page, carrying the query (the page marks its matches) and opening at an anchor, if any. */
    static String url(String id, String q, String anchor) {
        String query = q == null || q.isBlank() ? "" : "?q=" + QueryString.enc(q);
        return "/documents/" + QueryString.enc(id) + query + (anchor == null ? "" : "#" + anchor);
    }

    private static Map<String, Object> version(Instrument.Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("source", v.source());
        m.put("language", v.language());
        m.put("format", format(v.kind(), v.contentType()));
        m.put("version_date", v.versionDate());
        m.put("title", v.title());
        return m;
    }

    /** A content type as users name formats: "pdf", "html", "xml", "markdown", "docx", "record". */
    static String format(String kind, String contentType) {
        if (MilexDocument.RECORD.equals(kind)) {
            return "record";
        }
        if (contentType == null) {
            return null;
        }
        return switch (contentType) {
            case "application/pdf" -> "pdf";
            case "text/html", "application/xhtml+xml" -> "html";
            case "application/xml", "text/xml" -> "xml";
            case "text/markdown", "text/x-web-markdown" -> "markdown";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/msword" -> "doc";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "application/rtf" -> "rtf";
            case "text/plain" -> "text";
            case "application/json" -> "json";
            default -> contentType;
        };
    }

    static Map<String, Object> search(SearchResult r, String q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        out.put("page", r.page());
        out.put("size", r.size());
        out.put("relaxed", r.relaxed());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchResult.Hit h : r.hits()) {
            Map<String, Object> m = metadata(h.document());
            m.put("format", format(h.document().kind(), h.document().contentType()));
            m.put("snippets", h.snippets().stream().map(Snippet::html).toList());
            m.put("article", h.landing() == null ? null : Map.of("anchor", h.landing(), "label", h.label() == null ? "" : h.label()));
            m.put("url", url(h, q));
            m.put("articles", h.articles().stream().map(a -> {
                Map<String, Object> art = new LinkedHashMap<>();
                art.put("anchor", a.anchor());
                art.put("label", a.article());
                art.put("snippet", a.html());
                art.put("url", url(h.document().id(), q, a.anchor()));
                return art;
            }).toList());
            m.put("versions", h.versions().stream().filter(v -> !v.id().equals(h.document().id())).map(Api::version).toList());
            hits.add(m);
        }
        out.put("hits", hits);
        out.put("expanded", r.expanded());
        out.put("suggestions", r.suggestions());
        Map<String, Object> facets = new LinkedHashMap<>();
        r.facets().forEach((dim, values) -> facets.put(dim, values.stream()
                .map(v -> Map.<String, Object>of("value", v.value(), "count", v.count())).toList()));
        out.put("facets", facets);
        return out;
    }

    /** The fields every document answer has, in the order the README gives. */
    private static Map<String, Object> metadata(MilexDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("number", d.number());
        m.put("country", d.country());
        m.put("type", d.type());
        m.put("stage", d.stage());
        m.put("topics", d.topics());
        m.put("language", d.language());
        m.put("year", d.year());
        m.put("source", d.source());
        m.put("kind", d.kind());
        m.put("catalog_id", d.catalogId());
        m.put("status", d.status());
        m.put("current_to", d.currentTo());
        return m;
    }

    static Map<String, Object> document(MilexDocument d, Optional<CatalogRecord> record, List<MilexDocument> texts) {
        Map<String, Object> m = metadata(d);
        m.put("date", d.date());
        m.put("content_type", d.contentType());
        m.put("sha256", d.sha256());
        m.put("catalog", record.orElse(null));
        m.put("full_texts", texts.stream().map(t -> Map.of("id", t.id(), "title", String.valueOf(t.title()),
                "language", String.valueOf(t.language()), "source", String.valueOf(t.source()))).toList());
        List<Map<String, Object>> articles = new ArrayList<>();
        if (MilexDocument.TEXT.equals(d.kind())) {
            for (Articles.Heading h : d.articles()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("anchor", h.anchor());
                a.put("label", h.label());
                a.put("offset", h.offset());
                a.put("level", h.level());
                if (h.alias() != null) {
                    a.put("alias", h.alias());
                }
                articles.add(a);
            }
        }
        m.put("articles", articles);
        m.put("text", d.text());
        return m;
    }

    static Map<String, Object> ratifications(Catalog catalog, String treaty, String country) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> treaties = new ArrayList<>();
        for (String id : RatificationPage.treaties(catalog)) {
            if (treaty != null && !treaty.equals(id)) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", id);
            catalog.record(id).ifPresent(r -> {
                t.put("title", r.title());
                t.put("title_en", r.titleEn());
                t.put("adopted", r.adopted());
            });
            treaties.add(t);
        }
        out.put("treaties", treaties);
        List<Map<String, String>> states = new ArrayList<>();
        for (Country c : Country.states()) {
            if (country == null || country.equals(c.code())) {
                states.add(Map.of("code", c.code(), "name", c.nameEn(), "name_es", c.nameEs()));
            }
        }
        out.put("states", states);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Ratification r : catalog.ratifications()) {
            if ((treaty == null || treaty.equals(r.treaty())) && (country == null || country.equals(r.country()))) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("treaty", r.treaty());
                e.put("country", r.country());
                e.put("signed", r.signed());
                e.put("consent", r.consent());
                e.put("consent_type", r.consentType());
                e.put("party", r.isParty());
                e.put("reservations", r.reservations());
                e.put("reservation_note", r.reservationNote());
                e.put("denounced", r.denounced());
                e.put("checked", r.checked());
                e.put("source", r.source());
                e.put("as_of", r.asOf());
                e.put("note", r.note());
                entries.add(e);
            }
        }
        out.put("entries", entries);
        return out;
    }

    static Map<String, Object> country(Country c, Catalog catalog) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", c.code());
        out.put("name", c.nameEn());
        out.put("name_es", c.nameEs());
        out.put("records", catalog.recordsOf(c.code()));
        return out;
    }

    static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
