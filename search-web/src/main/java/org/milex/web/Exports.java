package org.milex.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.Ratification;
import org.milex.indexer.classify.Topic;
import org.milex.indexer.index.Instrument;
import org.milex.search.BadRequest;
import org.milex.search.Listing;
import org.milex.search.SearchRequest;
import org.milex.search.SearchService;
import org.milex.trends.Event;
import org.milex.trends.Timeline;
import org.milex.trends.Trends;
import org.milex.trends.TrendsRequest;

/**
 * What researchers download: every view as JSON or CSV ({@code format=json|csv}), the trends also as a panel
 * ({@code format=panel}: country × year × topic, long form, see /codebook). Every export names the data version
 * (the catalog's fingerprint and date) in a header, in its file name and in its rows or body, so that a figure
 * in a paper can be traced back.
 */
final class Exports {

    /** Matches a search export lists at the most, as the issue of paging sets it. */
    static final int MAX_ROWS = SearchRequest.MAX_WINDOW;
    static final List<String> FORMATS = List.of("json", "csv", "panel");

    private Exports() {
    }

    /** The format asked for, or null for the view's ordinary answer. */
    static String format(Context ctx, boolean panel) {
        String f = ctx.queryParam("format");
        if (f == null || f.isBlank()) {
            return null;
        }
        if (!FORMATS.contains(f) || (f.equals("panel") && !panel)) {
            throw new BadRequest("'format' must be " + (panel ? "json, csv or panel" : "json or csv") + ", not '" + f + "'");
        }
        return f;
    }

    static void search(Context ctx, SearchService search, Catalog catalog, String format) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.remove("format");
        params.remove("page");
        params.remove("size");
        SearchRequest request = SearchRequest.parse(params);
        List<Listing> rows = search.matching(request, MAX_ROWS);
        long total = search.search(SearchRequest.parse(withSize(params))).total();
        if (format.equals("csv")) {
            Csv csv = new Csv(List.of("instrument", "title", "number", "country", "type", "topics", "languages", "year", "date", "status",
                    "current_to", "catalog_id", "url", "sources", "data_version"));
            for (Listing l : rows) {
                csv.row(listingRow(l, catalog));
            }
            send(ctx, "search", catalog, csv.toString());
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Listing l : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instrument", l.key());
            m.put("title", l.title());
            m.put("number", l.number());
            m.put("country", l.country());
            m.put("type", l.type());
            m.put("topics", l.topics());
            m.put("languages", l.languages());
            m.put("year", l.year());
            m.put("date", l.date());
            m.put("status", l.status());
            m.put("current_to", l.currentTo());
            m.put("catalog_id", l.catalogId());
            m.put("url", url(l));
            m.put("versions", l.versions().stream().map(v -> Map.of("id", v.id(), "kind", v.kind(),
                    "source", v.source() == null ? "" : v.source(), "language", v.language() == null ? "" : v.language())).toList());
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        body.put("listed", out.size());
        body.put("data_version", catalog.dataVersion());
        body.put("results", out);
        json(ctx, catalog, body);
    }

    private static Map<String, List<String>> withSize(Map<String, List<String>> params) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.put("size", List.of("1"));
        return p;
    }

    private static List<Object> listingRow(Listing l, Catalog catalog) {
        List<String> sources = l.versions().stream().map(Instrument.Version::source).filter(s -> s != null && !s.isBlank()).toList();
        return java.util.Arrays.asList(l.key(), l.title(), l.number(), l.country(), l.type(), l.topics(), l.languages(), l.year(), l.date(),
                l.status(), l.currentTo(), l.catalogId(), url(l), sources, catalog.dataVersion());
    }

    /** The page of the version a listing would show first: the first full text, else the record. */
    private static String url(Listing l) {
        String id = l.versions().stream().filter(v -> "text".equals(v.kind())).map(Instrument.Version::id).findFirst()
                .orElse(l.versions().isEmpty() ? l.key() : l.versions().get(0).id());
        return "/documents/" + QueryString.enc(id);
    }

    static Map<String, Object> trendsJson(Timeline t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("by", t.by());
        out.put("source", t.source());
        List<Map<String, Object>> years = new ArrayList<>();
        for (Timeline.Year y : t.years()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", y.year());
            m.put("documents", y.documents());
            m.put("events", y.events());
            m.put("by", y.by());
            m.put("documents_by", y.documentsBy());
            m.put("events_by", y.eventsBy());
            years.add(m);
        }
        out.put("years", years);
        out.put("documents", t.documents());
        out.put("undated_documents", t.undated());
        out.put("events", t.events().stream().map(Exports::eventJson).toList());
        out.put("data_version", t.dataVersion());
        return out;
    }

    static Map<String, Object> eventJson(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date());
        m.put("country", e.country());
        m.put("kind", e.kind());
        m.put("instrument", e.instrument());
        m.put("title", e.title());
        m.put("type", e.type());
        m.put("topics", e.topics());
        m.put("gist", e.gistEn());
        m.put("gist_es", e.gistEs());
        m.put("source", e.source());
        m.put("url", e.url());
        return m;
    }

    static void trends(Context ctx, Trends trends, String format) throws IOException {
        TrendsRequest r = TrendsRequest.parse(ctx.queryParamMap());
        Timeline t = trends.compute(r);
        Catalog catalog = trends.catalog();
        switch (format == null ? "json" : format) {
            case "csv" -> {
                List<String> groups = t.groups();
                List<String> header = new ArrayList<>(List.of("year", "documents", "events"));
                groups.forEach(g -> header.add(r.by() + ":" + g));
                header.add("data_version");
                Csv csv = new Csv(header);
                for (Timeline.Year y : t.years()) {
                    List<Object> row = new ArrayList<>(List.of(y.year(), y.documents(), y.events()));
                    groups.forEach(g -> row.add(y.by().getOrDefault(g, 0)));
                    row.add(t.dataVersion());
                    csv.row(row);
                }
                send(ctx, "trends", catalog, csv.toString());
            }
            case "panel" -> send(ctx, "panel", catalog, panel(trends, r).toString());
            default -> json(ctx, catalog, trendsJson(t));
        }
    }

    /**
     * Country × year × topic, long form and balanced: every state asked for (all 35 and INT when none is), every
     * year of the timeline, every topic, with zeros where nothing happened. A document on two topics counts
     * under each; documents without a year are left out (the JSON answer counts them).
     */
    static Csv panel(Trends trends, TrendsRequest r) throws IOException {
        TrendsRequest byCountry = new TrendsRequest(r.search(), "country", r.source(), r.kinds());
        Timeline countries = trends.compute(byCountry);
        List<String> states = r.search().filters().getOrDefault(org.milex.indexer.index.Schema.COUNTRY, List.of());
        if (states.isEmpty()) {
            states = new ArrayList<>();
            for (var c : org.milex.indexer.classify.Country.states()) {
                states.add(c.code());
            }
            states.add("INT");
        }
        Csv csv = new Csv(List.of("country", "year", "topic", "documents", "events", "data_version"));
        // per state, the topic breakdown of its own timeline
        Map<String, Timeline> perState = new TreeMap<>();
        for (String s : states) {
            Map<String, List<String>> filters = new LinkedHashMap<>(r.search().filters());
            filters.put(org.milex.indexer.index.Schema.COUNTRY, List.of(s));
            SearchRequest one = new SearchRequest(r.search().q(), filters, r.search().from(), r.search().to(), "relevance", 1, 1, r.search().expand(), false);
            perState.put(s, trends.compute(new TrendsRequest(one, "topic", r.source(), r.kinds())));
        }
        for (String s : states) {
            Timeline st = perState.get(s);
            Map<Integer, Timeline.Year> byYear = new TreeMap<>();
            st.years().forEach(y -> byYear.put(y.year(), y));
            for (Timeline.Year y : countries.years()) {
                Timeline.Year mine = byYear.get(y.year());
                for (Topic topic : Topic.values()) {
                    int d = mine == null ? 0 : mine.documentsBy().getOrDefault(topic.id(), 0);
                    int e = mine == null ? 0 : mine.eventsBy().getOrDefault(topic.id(), 0);
                    csv.row(List.of(s, y.year(), topic.id(), d, e, countries.dataVersion()));
                }
            }
        }
        return csv;
    }

    static void history(Context ctx, Trends trends, String format) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.put("source", List.of("events"));
        TrendsRequest r = TrendsRequest.parse(params);
        Timeline t = trends.compute(r);
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("date", "country", "kind", "instrument", "title", "type", "topics", "gist", "gist_es", "source", "url",
                    "data_version"));
            for (Event e : t.events()) {
                csv.row(java.util.Arrays.asList(e.date(), e.country(), e.kind(), e.instrument(), e.title(), e.type(), e.topics(), e.gistEn(),
                        e.gistEs(), e.source(), e.url(), t.dataVersion()));
            }
            send(ctx, "history", trends.catalog(), csv.toString());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", t.events().size());
        body.put("events", t.events().stream().map(Exports::eventJson).toList());
        body.put("data_version", t.dataVersion());
        json(ctx, trends.catalog(), body);
    }

    static void ratificationsCsv(Context ctx, Catalog catalog, String treaty, String country) {
        Csv csv = new Csv(List.of("treaty", "country", "signed", "consent", "consent_type", "reservations", "denounced", "source", "as_of",
                "checked", "note", "data_version"));
        for (Ratification r : catalog.ratifications()) {
            if ((treaty == null || treaty.equals(r.treaty())) && (country == null || country.equals(r.country()))) {
                csv.row(java.util.Arrays.asList(r.treaty(), r.country(), r.signed(), r.consent(), r.consentType(), r.reservations(),
                        r.denounced(), r.source(), r.asOf(), r.checked(), r.note(), catalog.dataVersion()));
            }
        }
        send(ctx, "ratifications", catalog, csv.toString());
    }

    static void json(Context ctx, Catalog catalog, Object body) {
        ctx.header("MILEX-Data-Version", catalog.dataVersion());
        ctx.json(body);
    }

    private static void send(Context ctx, String view, Catalog catalog, String csv) {
        String version = catalog.dataVersion().replaceAll("[^0-9a-f-]+", "-").replaceAll("-+$", "");
        ctx.header("MILEX-Data-Version", catalog.dataVersion());
        ctx.header("Content-Disposition", "attachment; filename=\"milex-" + view + "-" + version + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv);
    }
}
