package org.milex.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.milex.indexer.IndexReport;
import org.milex.indexer.Indexer;
import org.milex.indexer.catalog.Catalog;
import org.milex.search.SearchService;
import org.milex.web.WebApp;

/**
 * {@code milex.jar load}: many clients at once over HTTP on loopback, for a bounded time, on a query mix from
 * the index; prints requests, errors and latency percentiles. Given {@code --source}, it re-indexes those
 * sources into the index being served half way through and switches to the new commit under the load, and
 * reports the requests answered during the switch apart.
 */
public final class LoadRun {

    public record Options(Path index, String url, List<Path> sources, int clients, int seconds, int maxRequests, long seed) {
    }

    private LoadRun() {
    }

    public static int run(Options o, PrintStream out) throws IOException {
        List<QueryMix.Search> mix;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(o.index()))) {
            mix = QueryMix.generate(reader, 300, o.seed());
        }
        if (o.url() != null) {
            out.printf("Load: %d clients for %d s against %s%n", o.clients(), o.seconds(), o.url());
            return print(out, "load", load(mix, o.url(), o.clients(), o.seconds(), o.maxRequests(), null)) ? 0 : 1;
        }
        try (SearchService search = SearchService.open(o.index())) {
            Javalin app = WebApp.create(search, Catalog.bundled()).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                out.printf("Load: %d clients for %d s against MILEX serving %s at %s%s%n", o.clients(), o.seconds(), o.index(), base,
                        o.sources().isEmpty() ? "" : ", re-indexing " + o.sources() + " in full half way through");
                Runnable midway = o.sources().isEmpty() ? null : () -> {
                    try {
                        long t = System.nanoTime();
                        IndexReport r = new Indexer(o.index(), Catalog.bundled(), Indexer.Options.defaults(new PrintStream(OutputStream.nullOutputStream())).rereading(true))
                                .run(o.sources());
                        search.refresh();
                        out.printf("  re-indexed and switched in %.1f s (%d files read, %d unchanged)%n", (System.nanoTime() - t) / 1e9,
                                r.indexed(), r.unchangedCount());
                    } catch (IOException e) {
                        out.println("  the re-index failed: " + e.getMessage());
                    }
                };
                return print(out, "load", load(mix, base, o.clients(), o.seconds(), o.maxRequests(), midway)) ? 0 : 1;
            } finally {
                app.stop();
            }
        }
    }

    /** What a load run saw: every latency, and the failures (status or exception), the first few spelled out. */
    record Result(List<Long> nanos, int errors, List<String> failures, double seconds, List<Long> duringSwitch) {
    }

    private static Result load(List<QueryMix.Search> mix, String base, int clients, int seconds, int maxRequests, Runnable midway) {
        SearchBench.Client client = SearchBench.http(base);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> during = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean switching = new AtomicBoolean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            pool.execute(() -> {
                for (int i = offset; System.nanoTime() < end && sent.incrementAndGet() <= maxRequests; i++) {
                    QueryMix.Search s = mix.get(i % mix.size());
                    boolean inSwitch = switching.get();
                    long t = System.nanoTime();
                    try {
                        client.search(s);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 5) {
                            failures.add(s.params() + ": " + e.getMessage());
                        }
                    }
                    long took = System.nanoTime() - t;
                    nanos.add(took);
                    if (inSwitch || switching.get()) {
                        during.add(took);
                    }
                }
            });
        }
        if (midway != null) {
            try {
                Thread.sleep(seconds * 500L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            switching.set(true);
            midway.run();
            switching.set(false);
        }
        pool.shutdown();
        try {
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(new ArrayList<>(nanos), errors.get(), new ArrayList<>(failures), (System.nanoTime() - start) / 1e9,
                new ArrayList<>(during));
    }

    private static boolean print(PrintStream out, String name, Result r) {
        Latencies all = new Latencies(r.nanos().stream().mapToLong(Long::longValue).toArray(), r.seconds(), r.errors(), r.failures());
        out.printf("  requests %d, errors %d, %.1f requests/s; p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                r.nanos().size(), r.errors(), all.qps(), all.percentileMs(50), all.percentileMs(99), all.percentileMs(99.9), all.percentileMs(100));
        if (!r.duringSwitch().isEmpty()) {
            Latencies sw = new Latencies(r.duringSwitch().stream().mapToLong(Long::longValue).toArray(), r.seconds(), 0, List.of());
            out.printf("  during the re-index and switch: requests %d; p50 %.1f ms, p99 %.1f ms%n", r.duringSwitch().size(),
                    sw.percentileMs(50), sw.percentileMs(99));
        }
        r.failures().forEach(f -> out.println("  failed: " + f));
        return r.errors() == 0;
    }
}
