package org.milex.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.milex.search.SearchRequest;
import org.milex.search.SearchService;

/** Runs a query mix with one or more clients, in process or over HTTP, and times every search. */
public final class SearchBench {

    /** Runs one search; throws when it fails. */
    @FunctionalInterface
    public interface Client {
        void search(QueryMix.Search s) throws Exception;
    }

    private SearchBench() {
    }

    /** Searches through the service directly, as the web handlers do. */
    public static Client inProcess(SearchService service) {
        return s -> service.search(SearchRequest.parse(s.map()));
    }

    /** Searches over HTTP, {@code GET base/api/search?…}, reading the whole answer; a status other than 200 fails. */
    public static Client http(String base) {
        return http(base, "");
    }

    /** The same, with more parameters on every search ({@code "&snippets=false"}). */
    public static Client http(String base, String extra) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return s -> {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?size=10&" + s.params() + extra)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode() + " for " + s.params());
            }
        };
    }

    /** One pass over the mix, the searches shared out among {@code clients} threads. */
    public static Latencies run(List<QueryMix.Search> mix, Client client, int clients) {
        long[] nanos = new long[mix.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.Queue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < mix.size(); i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    try {
                        client.search(mix.get(i));
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 5) {
                            failures.add(mix.get(i).params() + ": " + e);
                        }
                    }
                    nanos[i] = System.nanoTime() - t;
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Latencies(nanos, (System.nanoTime() - start) / 1e9, errors.get(), List.copyOf(failures));
    }
}
