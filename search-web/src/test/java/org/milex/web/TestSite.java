package org.milex.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.milex.indexer.IndexReport;
import org.milex.indexer.Indexer;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.catalog.Catalog;
import org.milex.search.SearchService;

/**
 * The site over an index of the real texts (../shared/corpus-src/migration, /formats and /varied, plus the catalog),
 * built once per test run and served on a free port.
 */
final class TestSite {

    private static TestSite instance;

    final Path index;
    final IndexReport report;
    final SearchService search;
    final Javalin app;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestSite() throws IOException {
        index = Scratch.dir("milex-site-index");
        report = new Indexer(index, Catalog.bundled(), Indexer.Options.defaults(new PrintStream(OutputStream.nullOutputStream())))
                .run(List.of(SharedCorpus.migration(), SharedCorpus.formats(), SharedCorpus.root().resolve("varied")));
        search = SearchService.open(index);
        app = WebApp.create(search, Catalog.bundled()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    static synchronized TestSite get() {
        if (instance == null) {
            try {
                instance = new TestSite();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Response get(String pathAndQuery) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode api(String pathAndQuery) {
        Response r = get(pathAndQuery);
        if (r.status() != 200) {
            throw new AssertionError(pathAndQuery + " -> " + r.status() + ": " + r.body());
        }
        return r.json();
    }
}
