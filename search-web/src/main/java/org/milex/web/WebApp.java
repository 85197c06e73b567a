package org.milex.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.classify.Country;
import org.milex.indexer.index.MilexDocument;
import org.milex.search.BadRequest;
import org.milex.search.Deadline;
import org.milex.search.SearchRequest;
import org.milex.search.SearchResult;
import org.milex.search.SearchService;
import org.milex.trends.Timeline;
import org.milex.trends.Trends;
import org.milex.trends.TrendsRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site and the JSON API: every route is declared in {@link #create}, each handler is a small method.
 * Errors never show a stack trace: a bad query is a 400 saying what is wrong, an unknown id a 404, and
 * anything else a logged 500 with a plain message.
 */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Originals larger than this are not served (the indexer does not read them either). */
    static final long ORIGINAL_MAX_BYTES = 200L << 20;

    private final SearchService search;
    private final Catalog catalog;
    private final Trends trends;

    private WebApp(SearchService search, Catalog catalog) {
        this.search = search;
        this.catalog = catalog;
        this.trends = new Trends(search, catalog);
    }

    public static Javalin create(SearchService search, Catalog catalog) {
        WebApp app = new WebApp(search, catalog);
        Layout.dataVersion = catalog.dataVersion();
        return Javalin.create(config -> {
            config.staticFiles.add(files -> {
                files.hostedPath = "/public";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                // the pages address them with a hash of their content (Headers.versioned): a year is safe
                files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            });
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.http.generateEtags = true;
            config.startup.showJavalinBanner = false;
            config.routes.before(Headers::apply);
            config.routes.options("/api/*", ctx -> ctx.status(204));
            config.routes.post("/admin/refresh", app::adminRefresh);
            config.routes.get("/", Busy.bounded(app::searchPage));
            config.routes.get("/documents/{id}", Busy.bounded(app::documentPage));
            config.routes.get("/documents/{id}/original", Busy.bounded(app::originalFile));
            config.routes.get("/help", ctx -> ctx.html(HelpPage.render(catalog.dataVersion(), labels(ctx))));
            config.routes.get("/countries", Busy.bounded(app::countriesPage));
            config.routes.get("/countries/{code}", Busy.bounded(app::countryPage));
            config.routes.get("/ratifications", app::ratificationsPage);
            config.routes.get("/trends", Busy.bounded(app::trendsPage));
            config.routes.get("/map", Busy.bounded(app::mapPage));
            config.routes.get("/compare", Busy.bounded(app::comparePage));
            config.routes.get("/codebook", ctx -> ctx.html(CodebookPage.render(app.catalog.dataVersion(), labels(ctx))));
            config.routes.get("/api/search", Busy.bounded(app::apiSearch));
            config.routes.get("/api/documents/{id}", Busy.bounded(app::apiDocument));
            config.routes.get("/api/countries/{code}", app::apiCountry);
            config.routes.get("/api/ratifications", app::apiRatifications);
            config.routes.get("/api/trends", Busy.bounded(app::apiTrends));
            config.routes.get("/api/history", Busy.bounded(app::apiHistory));
            config.routes.exception(BadRequest.class, app::badRequest);
            config.routes.exception(NotFound.class, app::notFound);
            // Overload is passing: say when to try again rather than leave clients to hammer.
            config.routes.exception(Deadline.Exceeded.class, (e, ctx) -> app.respond(ctx.header("Retry-After", "5"), 503, e.getMessage()));
            config.routes.exception(Busy.class, (e, ctx) -> app.respond(ctx.header("Retry-After", "5"), 503, e.getMessage()));
            config.routes.exception(Exception.class, app::internalError);
            config.routes.error(404, app::unknownRoute);
        });
    }

    /** An unknown document, country or page. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private void searchPage(Context ctx) throws IOException {
        Map<String, List<String>> params = ctx.queryParamMap();
        if (params.keySet().stream().allMatch(k -> k.equals("ui"))) {
            ctx.html(HomePage.render(new HomePage.Figures(search.count(), catalog.records().stream().filter(r -> !r.isAbsence()).count(),
                    catalog.history().size(), catalog.ratifications().size()), labels(ctx)));
            return;
        }
        SearchRequest request = SearchRequest.parse(params);
        SearchResult result = search.search(request);
        ctx.html(SearchPage.render(request, result, params, labels(ctx)));
    }

    private void documentPage(Context ctx) throws IOException {
        MilexDocument d = document(ctx.pathParam("id"));
        String q = ctx.queryParam("q");
        boolean original = search.original(d.id()).map(SearchService.Original::exists).orElse(false);
        String url = ctx.scheme() + "://" + ctx.host() + "/documents/" + QueryString.enc(d.id());
        ctx.html(DocumentPage.render(d, new DocumentPage.Context(recordOf(d), textsOf(d), search.versionsOf(d.instrument()), original, q,
                search.marks(q, d.language()), catalog, url), labels(ctx)));
    }

    /** The file a version was indexed from, as it was: for a lawyer who needs the official layout. */
    private void originalFile(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        SearchService.Original o = search.original(id).filter(SearchService.Original::exists)
                .orElseThrow(() -> new NotFound("no original file for document '" + id + "' (a catalog record, or a file no longer where it was indexed from)"));
        ctx.contentType(o.contentType() == null ? "application/octet-stream" : o.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + o.fileName().replaceAll("[\"\\\\\r\n]", "_") + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(o.read(ORIGINAL_MAX_BYTES));
    }

    private void countriesPage(Context ctx) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        SearchResult all = search.search(SearchRequest.parse(Map.of("size", List.of("1"))));
        all.facets().getOrDefault("country", List.of()).forEach(v -> counts.put(v.value(), v.count()));
        ctx.html(CountryPages.list(catalog, counts, labels(ctx)));
    }

    private void countryPage(Context ctx) throws IOException {
        Country country = country(ctx.pathParam("code"));
        long documents = search.search(SearchRequest.parse(Map.of("country", List.of(country.code()), "size", List.of("1")))).total();
        ctx.html(CountryPages.country(country, catalog, documents, labels(ctx)));
    }

    private void ratificationsPage(Context ctx) {
        String treaty = ctx.queryParam("treaty");
        if (treaty != null && !treaty.isBlank() && !MapPage.isTreaty(catalog, treaty)) {
            throw new NotFound("no treaty '" + treaty + "' in the matrix");
        }
        ctx.html(RatificationPage.render(catalog, treaty == null || treaty.isBlank() ? null : treaty, labels(ctx)));
    }

    /**
     * Looks at the index folder again and switches to its newest commit (a re-index that finished). Off unless
     * MILEX_ADMIN_TOKEN is set; then it needs "Authorization: Bearer &lt;token&gt;". Nothing else changes the index
     * from the web.
     */
    private void adminRefresh(Context ctx) throws IOException {
        String token = adminToken();
        if (token == null) {
            throw new NotFound("no such page: " + ctx.path());
        }
        String given = ctx.header("Authorization");
        byte[] expected = ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (given == null || !java.security.MessageDigest.isEqual(expected, given.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            ctx.status(401).json(Api.error("the administration token is missing or wrong"));
            return;
        }
        search.refresh();
        ctx.json(Map.of("documents", search.count(), "refreshed", true));
    }

    private static String adminToken() {
        String t = System.getProperty("milex.admin.token", System.getenv("MILEX_ADMIN_TOKEN"));
        return t == null || t.isBlank() ? null : t;
    }

    private void trendsPage(Context ctx) throws IOException {
        TrendsRequest r = TrendsRequest.parse(ctx.queryParamMap());
        List<String> states = r.search().filters().getOrDefault(org.milex.indexer.index.Schema.COUNTRY, List.of());
        if (states.size() > TrendsPage.MAX_STATES) {
            throw new BadRequest("a timeline shows up to " + TrendsPage.MAX_STATES + " states at once; " + states.size() + " were chosen");
        }
        Timeline all = trends.compute(r);
        Map<String, Timeline> charts = new LinkedHashMap<>();
        if (states.size() <= 1) {
            charts.put(states.isEmpty() ? "" : states.get(0), all);
        } else if (!all.years().isEmpty()) {
            // each state over the same years, so that their bars line up
            int first = all.years().get(0).year();
            int last = all.years().get(all.years().size() - 1).year();
            for (var e : TrendsPage.perState(r, first, last).entrySet()) {
                charts.put(e.getKey(), trends.compute(e.getValue()));
            }
        }
        ctx.html(TrendsPage.render(r, charts, all, ctx.queryParamMap(), labels(ctx)));
    }

    private void mapPage(Context ctx) throws IOException {
        String mode = ctx.queryParam("mode") == null || ctx.queryParam("mode").isBlank() ? "documents" : ctx.queryParam("mode");
        if (!MapPage.MODES.contains(mode)) {
            throw new BadRequest("'mode' must be documents, events or ratification, not '" + mode + "'");
        }
        String kind = ctx.queryParam("kind") == null || ctx.queryParam("kind").isBlank() ? null : ctx.queryParam("kind");
        String treaty = ctx.queryParam("treaty") == null || ctx.queryParam("treaty").isBlank()
                ? RatificationPage.treaties(catalog).get(0) : ctx.queryParam("treaty");
        if (!MapPage.isTreaty(catalog, treaty)) {
            throw new BadRequest("unknown treaty '" + treaty + "': use an id of an international instrument, e.g. int-refugee-convention-1951");
        }
        // what every state's link carries: the search's own parameters, never the map's
        Map<String, List<String>> searchParams = new LinkedHashMap<>(ctx.queryParamMap());
        for (String own : List.of("mode", "kind", "treaty", "format", "ui", "country", "page", "size", "sort")) {
            searchParams.remove(own);
        }
        searchParams.values().removeIf(v -> v.stream().allMatch(String::isBlank));
        Map<String, Integer> values = new LinkedHashMap<>();
        switch (mode) {
            case "events" -> {
                Map<String, List<String>> p = new LinkedHashMap<>(searchParams);
                p.put("source", List.of("events"));
                p.put("by", List.of("country"));
                if (kind != null) {
                    p.put("kind", List.of(kind));
                }
                Timeline t = trends.compute(TrendsRequest.parse(p));
                t.years().forEach(y -> y.eventsBy().forEach((c, n) -> values.merge(c, n, Integer::sum)));
            }
            case "ratification" -> catalog.ratifications().stream().filter(r -> r.treaty().equals(treaty)).forEach(r ->
                    values.put(r.country(), r.isParty() ? 2 : r.signed() != null && !r.signed().isBlank() ? 1 : 0));
            default -> {
                Map<String, List<String>> p = new LinkedHashMap<>(searchParams);
                p.put("size", List.of("1"));
                search.search(SearchRequest.parse(p)).facets().getOrDefault(org.milex.indexer.index.Schema.COUNTRY, List.of())
                        .forEach(v -> values.put(v.value(), (int) v.count()));
            }
        }
        ctx.html(MapPage.render(mode, kind, treaty, values, new QueryString(searchParams), catalog, labels(ctx)));
    }

    private void comparePage(Context ctx) throws IOException {
        List<String> states = ctx.queryParams("country").stream().filter(c -> !c.isBlank()).map(c -> c.toUpperCase(java.util.Locale.ROOT))
                .distinct().toList();
        for (String c : states) {
            if (Country.byCode(c).isEmpty()) {
                throw new BadRequest("unknown country '" + c + "': use the ISO 3166-1 alpha-2 code of an OAS member state");
            }
        }
        if (states.size() > ComparePage.MAX) {
            throw new BadRequest("compare sets " + ComparePage.MIN + " to " + ComparePage.MAX + " states side by side; " + states.size() + " were chosen");
        }
        String topic = ctx.queryParam("topic") == null || ctx.queryParam("topic").isBlank() ? null : ctx.queryParam("topic");
        Map<String, List<org.milex.trends.Event>> events = new LinkedHashMap<>();
        for (String c : states) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            p.put("country", List.of(c));
            p.put("source", List.of("events"));
            if (topic != null) {
                p.put("topic", List.of(topic));
            }
            events.put(c, trends.compute(TrendsRequest.parse(p)).events());
        }
        ctx.html(ComparePage.render(states, topic, events, catalog, labels(ctx)));
    }

    private void apiSearch(Context ctx) throws IOException {
        String format = Exports.format(ctx, false);
        if (format != null) {
            Exports.search(ctx, search, catalog, format);
            return;
        }
        ctx.json(Api.search(search.search(SearchRequest.parse(ctx.queryParamMap())), ctx.queryParam("q")));
    }

    private void apiDocument(Context ctx) throws IOException {
        MilexDocument d = document(ctx.pathParam("id"));
        ctx.json(Api.document(d, recordOf(d), textsOf(d)));
    }

    private void apiCountry(Context ctx) {
        ctx.json(Api.country(country(ctx.pathParam("code")), catalog));
    }

    private void apiRatifications(Context ctx) {
        String treaty = ctx.queryParam("treaty");
        String country = ctx.queryParam("country");
        if (treaty != null && catalog.record(treaty).isEmpty()) {
            throw new BadRequest("unknown treaty '" + treaty + "': use an id of an international instrument, e.g. int-refugee-convention-1951");
        }
        if (country != null && (!Country.isCode(country) || country.equalsIgnoreCase("INT"))) {
            throw new BadRequest("unknown country '" + country + "': use the ISO 3166-1 alpha-2 code of an OAS member state");
        }
        String code = country == null ? null : country.toUpperCase(java.util.Locale.ROOT);
        if ("csv".equals(Exports.format(ctx, false))) {
            Exports.ratificationsCsv(ctx, catalog, treaty, code);
            return;
        }
        Exports.json(ctx, catalog, Api.ratifications(catalog, treaty, code));
    }

    private void apiTrends(Context ctx) throws IOException {
        Exports.trends(ctx, trends, Exports.format(ctx, true));
    }

    private void apiHistory(Context ctx) throws IOException {
        Exports.history(ctx, trends, Exports.format(ctx, false));
    }

    private Optional<CatalogRecord> recordOf(MilexDocument d) {
        return Optional.ofNullable(d.catalogId()).flatMap(catalog::record);
    }

    /** For a catalog record, the full texts of it in the index. */
    private List<MilexDocument> textsOf(MilexDocument d) throws IOException {
        return MilexDocument.RECORD.equals(d.kind()) ? search.textsOf(d.id()) : List.of();
    }

    private MilexDocument document(String id) throws IOException {
        return search.document(id).orElseThrow(() -> new NotFound("no document with id '" + id + "'"));
    }

    private static Country country(String code) {
        return Country.byCode(code).orElseThrow(() -> new NotFound("no country '" + code + "': use an ISO 3166-1 alpha-2 code of an OAS member state, or INT"));
    }

    private void badRequest(BadRequest e, Context ctx) {
        respond(ctx, 400, e.getMessage());
    }

    private void notFound(NotFound e, Context ctx) {
        respond(ctx, 404, e.getMessage());
    }

    private void internalError(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        try {
            respond(ctx, 500, "internal error; the server log has the details");
        } catch (RuntimeException | LinkageError again) {
            // Javalin hands an exception thrown here back to this handler, round and round: answer in plain text
            LOG.error("the error page failed too", again);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("internal error");
        }
    }

    private void unknownRoute(Context ctx) {
        if (ctx.attribute(RESPONDED) == null) {
            respond(ctx, 404, "no such page: " + ctx.path());
        }
    }

    /** Marks a response this class wrote, so that the 404 handler does not write over it. */
    private static final String RESPONDED = "milex.responded";

    void respond(Context ctx, int status, String message) {
        ctx.attribute(RESPONDED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Api.error(message));
        } else {
            ctx.html(ErrorPage.render(status, message, ctx.queryParam("q"), labels(ctx)));
        }
    }

    /** The cookie that keeps a language chosen with ?ui= on every page after, whatever link leads there. */
    static final String UI_COOKIE = "milex_ui";

    /**
     * The interface language of a request: ?ui= (remembered in a cookie), else the cookie, else Accept-Language.
     * The response says which (Content-Language) and on what it depends (Vary), for caches.
     */
    private static Labels labels(Context ctx) {
        Labels labels = ctx.attribute("milex.labels");
        if (labels != null) {
            return labels;
        }
        String ui = ctx.queryParam("ui");
        if (ui != null && Labels.LANGUAGES.contains(ui)) {
            ctx.res().addHeader("Set-Cookie", UI_COOKIE + "=" + ui + "; Path=/; Max-Age=31536000; SameSite=Lax");
        } else {
            String cookie = ctx.cookie(UI_COOKIE);
            ui = cookie != null && Labels.LANGUAGES.contains(cookie) ? cookie : null;
        }
        labels = Labels.of(ui, ctx.header("Accept-Language")).at(ctx.path(), ctx.queryParamMap());
        ctx.header("Content-Language", labels.code());
        ctx.header("Vary", "Accept-Encoding, Accept-Language, Cookie");
        ctx.attribute("milex.labels", labels);
        return labels;
    }
}
