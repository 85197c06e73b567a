package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.milex.indexer.Indexer;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.catalog.Catalog;
import org.milex.search.SearchService;

/**
 * The server under hostile and heavy use: the headers every answer carries, bounds that say which bound was
 * met, a fuzz of 10,000 generated requests that never answers 5xx, and a re-index while it serves that no
 * request notices but by the new documents.
 */
class ServingTest {

    static final TestSite SITE = TestSite.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String base, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?q=asilo", "/documents/mx-ley-refugiados-2011", "/api/search?q=asilo", "/trends", "/no/such/page"})
    void everyAnswerCarriesTheSecurityAndCachingHeaders(String path) throws Exception {
        HttpResponse<String> r = get(SITE.base, path);
        var h = r.headers();
        String csp = h.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(h.firstValue("Referrer-Policy").orElse("").isEmpty());
        assertTrue(h.firstValue("Vary").orElse("").contains("Accept-Encoding"), h.map().toString());
        assertEquals("no-cache", h.firstValue("Cache-Control").orElse(""));
        if (path.startsWith("/api/")) {
            assertEquals("*", h.firstValue("Access-Control-Allow-Origin").orElse(""), "read-only use from other origins");
        }
        if (r.statusCode() == 200) {
            String etag = h.firstValue("ETag").orElse("");
            assertFalse(etag.isEmpty(), "an ETag to revalidate with");
            assertEquals(304, get(SITE.base, path, "If-None-Match", etag).statusCode(), "unchanged: 304");
        }
    }

    @Test
    void staticFilesAreAddressedByTheirContentAndKeptForAYear() throws Exception {
        String page = get(SITE.base, "/").body();
        String css = page.replaceAll("(?s).*href=\"(/public/milex\\.css\\?v=[0-9a-f]+)\".*", "$1");
        assertTrue(css.startsWith("/public/milex.css?v="), "the stylesheet's address carries its version");
        HttpResponse<String> r = get(SITE.base, css);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"), r.headers().map().toString());
        assertTrue(get(SITE.base, "/public/milex.css", "Accept-Encoding", "gzip").headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=LONG", "country=MANY", "q=*a*", "page=2000&size=10", "q=%00asilo"})
    void aRequestOverABoundIsA400ThatSaysWhichBound(String query) throws Exception {
        String q = query.replace("LONG", "asilo+".repeat(1000)).replace("MANY", "MX,".repeat(100));
        HttpResponse<String> r = get(SITE.base, "/api/search?" + q);
        assertEquals(400, r.statusCode(), query + ": " + r.body());
        assertTrue(r.body().matches("(?s).*(characters|at the most|too many|beyond|NUL|wildcard|cannot be paged|10000|first).*"), r.body());
    }

    @Test
    void theAdministrationIsOffWithoutATokenAndNeedsIt() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(SITE.base + "/admin/refresh")).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(404, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode(), "off by default");
        System.setProperty("milex.admin.token", "s3cret-for-the-test");
        try {
            assertEquals(401, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpRequest wrong = HttpRequest.newBuilder(URI.create(SITE.base + "/admin/refresh")).header("Authorization", "Bearer nope")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(401, http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpRequest right = HttpRequest.newBuilder(URI.create(SITE.base + "/admin/refresh")).header("Authorization", "Bearer s3cret-for-the-test")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(200, http.send(right, HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            System.clearProperty("milex.admin.token");
        }
        for (String traversal : new String[] {"/documents/..%2F..%2Fetc%2Fpasswd", "/documents/%2e%2e/%2e%2e/etc/passwd/original",
            "/public/../../etc/passwd", "/countries/..%2F..", "/api/documents/..%2F..%2Fpom.xml"}) {
            HttpResponse<String> r = get(SITE.base, traversal);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, traversal + " -> " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), traversal + " leaked a file");
        }
    }

    /** 10,000 generated requests: random syntax, long strings, nesting, wildcards, Unicode junk, NULs, repeated parameters. */
    @Test
    void tenThousandFuzzedRequestsNeverAnswer5xx() throws Exception {
        Random random = new Random(20261201);
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            requests.add(fuzz(random));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        ConcurrentLinkedQueue<String> fives = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = get(SITE.base, requests.get(i));
                        if (r.statusCode() >= 500) {
                            fives.add(r.statusCode() + " " + requests.get(i) + " " + r.body());
                        }
                        if (r.body().contains("\tat ") || r.body().contains("java.lang.") || r.body().matches("(?s).*\\w+Exception: .*")) {
                            fives.add("stack trace for " + requests.get(i));
                        }
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        fives.add("no answer to " + requests.get(i) + ": " + e);
                    }
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(15, TimeUnit.MINUTES));
        assertEquals(List.of(), List.copyOf(fives).subList(0, Math.min(5, fives.size())), fives.size() + " bad answers");
        assertEquals(10_000, answered.get());
        assertTrue(slowest.get() / 1e9 < 15, "slowest request " + slowest.get() / 1e9 + " s");
        System.out.printf("fuzz: %d requests, 0 answered 5xx, slowest %.2f s%n", answered.get(), slowest.get() / 1e9);
    }

    private static final String[] PIECES = {"asilo", "refugee", "\"", "(", ")", "AND", "OR", "NOT", "-", "+", "*", "?", "~", "^2",
        "title:", "text:", "foo:", ":", "/", "/a", "/p", "\\", "[", "]", "{", "}", "Ley 25.871", "SOR/2002-227", "art. 37", "§",
        "s. 97(1)", "'", "&", "%", "\u0000", "\uFFFF", "\uD83D\uDE00", "ñ", "ü", "日本", "<script>", "</mark>", "..", "%00", "a*", "*a",
        "/[a-z]+/", "~10", "TO", "[2000 TO 2010]", "é", " ", "  "};
    private static final String[] PARAMS = {"country=MX", "country=XX", "type=law", "type=weird", "topic=trafficking", "topic=",
        "lang=es", "lang=zz", "from=1990", "from=abc", "to=3000", "to=-5", "sort=date", "sort=oldest", "sort=x", "page=2", "page=0",
        "page=99999", "size=1", "size=101", "expand=false", "expand=maybe", "status=repealed", "format=csv", "format=xml", "ui=fr",
        "q=", "q=a&q=b", "country=MX&country=MX", "by=kind", "source=events", "kind=ratified", "mode=events", "treaty=nope"};
    private static final String[] PATHS = {"/api/search", "/", "/api/trends", "/trends", "/map", "/compare", "/api/history"};

    private static String fuzz(Random random) {
        StringBuilder q = new StringBuilder();
        int kind = random.nextInt(10);
        if (kind == 0) {
            q.append("(".repeat(random.nextInt(300))).append("asilo").append(")".repeat(random.nextInt(300)));
        } else if (kind == 1) {
            q.append("x".repeat(random.nextInt(3000)));
        } else if (kind == 2) {
            for (int i = 0; i < 20; i++) {
                q.append((char) random.nextInt(0x3000));
            }
        } else {
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                q.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    q.append(' ');
                }
            }
        }
        StringBuilder url = new StringBuilder(PATHS[random.nextInt(PATHS.length)]).append("?q=")
                .append(URLEncoder.encode(q.toString(), StandardCharsets.UTF_8));
        int params = random.nextInt(4);
        for (int i = 0; i < params; i++) {
            url.append('&').append(PARAMS[random.nextInt(PARAMS.length)]);
        }
        return url.toString();
    }

    /** A full re-index of the folder being served, under a steady load: no request fails, and the new documents appear. */
    @Test
    void aReindexWhileServingIsPickedUpAndNoRequestFails(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-20507.md"), docs.resolve("a.md"));
        Path index = dir.resolve("index");
        Indexer.Options quiet = new Indexer.Options(1, 200L << 20, 120, true, new PrintStream(OutputStream.nullOutputStream()));
        new Indexer(index, Catalog.bundled(), quiet).run(List.of(docs));
        try (SearchService search = SearchService.open(index)) {
            Javalin app = WebApp.create(search, Catalog.bundled()).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            try {
                String probe = "/api/search?size=1&q=" + URLEncoder.encode("\"Ley de Nacionalidad\"", StandardCharsets.UTF_8) + "&country=MX";
                String before = get(base, probe).body();
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger requests = new AtomicInteger();
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                ExecutorService load = Executors.newFixedThreadPool(4);
                for (int t = 0; t < 4; t++) {
                    int client = t;
                    load.execute(() -> {
                        String[] qs = {"/api/search?q=migrantes", "/api/search?q=nacionalidad&country=MX", "/?q=trata", "/api/trends?by=kind"};
                        while (running.get()) {
                            try {
                                HttpResponse<String> r = get(base, qs[(requests.incrementAndGet() + client) % qs.length]);
                                if (r.statusCode() != 200) {
                                    failures.add(r.statusCode() + " " + r.body());
                                }
                            } catch (Exception e) {
                                failures.add(e.toString());
                            }
                        }
                    });
                }
                Files.copy(SharedCorpus.migration().resolve("MX/LN_ley_de_nacionalidad.md"), docs.resolve("b.md"));
                Files.copy(SharedCorpus.migration().resolve("CL/LEY-21325.md"), docs.resolve("c.md"));
                new Indexer(index, Catalog.bundled(), quiet).run(List.of(docs));
                search.refresh();
                String after = get(base, probe).body();
                Thread.sleep(500);
                running.set(false);
                load.shutdown();
                assertTrue(load.awaitTermination(1, TimeUnit.MINUTES));
                assertEquals(List.of(), List.copyOf(failures), "no request failed during the re-index and switch");
                assertTrue(requests.get() > 20, "requests during the switch: " + requests.get());
                assertTrue(before.contains("\"kind\":\"record\"") && after.contains("\"kind\":\"text\""),
                        "the new full text is served, where only the record was: " + before + " -> " + after);
                assertTrue(get(base, "/api/search?q=%22Ley+20.507%22").body().contains("cl-ley-20507"));
            } finally {
                app.stop();
            }
        }
    }
}
