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
import org.milex.search.SearchRequest;
import org.milex.search.SearchResult;
import org.milex.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site and the JSON API: every route is declared in {@link #create}, each handler is a small method.
 * Errors never show a stack trace: a bad query is a 400 saying what is wrong, an unknown id a 404, and
 * anything else a logged 500 with a plain message.
 */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final SearchService search;
    private final Catalog catalog;

    private WebApp(SearchService search, Catalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    public static Javalin create(SearchService search, Catalog catalog) {
        WebApp app = new WebApp(search, catalog);
        return Javalin.create(config -> {
            config.staticFiles.add(files -> {
                files.hostedPath = "/public";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.routes.get("/", app::searchPage);
            config.routes.get("/documents/{id}", app::documentPage);
            config.routes.get("/countries", app::countriesPage);
            config.routes.get("/countries/{code}", app::countryPage);
            config.routes.get("/ratifications", app::ratificationsPage);
            config.routes.get("/api/search", app::apiSearch);
            config.routes.get("/api/documents/{id}", app::apiDocument);
            config.routes.get("/api/countries/{code}", app::apiCountry);
            config.routes.get("/api/ratifications", app::apiRatifications);
            config.routes.exception(BadRequest.class, app::badRequest);
            config.routes.exception(NotFound.class, app::notFound);
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
        SearchRequest request = SearchRequest.parse(params);
        SearchResult result = search.search(request);
        ctx.html(SearchPage.render(request, result, params, labels(ctx)));
    }

    private void documentPage(Context ctx) throws IOException {
        MilexDocument d = document(ctx.pathParam("id"));
        String q = ctx.queryParam("q");
        ctx.html(DocumentPage.render(d, recordOf(d), textsOf(d), search.versionsOf(d.instrument()), q, search.marks(q, d.language()), labels(ctx)));
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
        ctx.html(RatificationPage.render(catalog, labels(ctx)));
    }

    private void apiSearch(Context ctx) throws IOException {
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
        ctx.json(Api.ratifications(catalog, treaty, country == null ? null : country.toUpperCase()));
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

    private void respond(Context ctx, int status, String message) {
        ctx.attribute(RESPONDED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Api.error(message));
        } else {
            ctx.html(SearchPage.error(message, ctx.queryParamMap(), labels(ctx)));
        }
    }

    private static Labels labels(Context ctx) {
        return Labels.of(ctx.queryParam("ui"), ctx.header("Accept-Language"));
    }
}
