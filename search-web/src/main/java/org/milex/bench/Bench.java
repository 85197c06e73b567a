package org.milex.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.milex.indexer.IndexReport;
import org.milex.indexer.catalog.Catalog;
import org.milex.search.SearchService;
import org.milex.web.WebApp;

/**
 * {@code milex.jar bench}: the search figures (p50, p99, p99.9 and throughput, in process and over HTTP, with
 * one and four clients, medians of the rounds) of a seeded query mix over an index, the cold start and the
 * memory; with {@code --source}, the indexing figures too. With {@code --url} the mix is sent to a server
 * already running (another build, another machine) instead.
 */
public final class Bench {

    /** What to run. {@code mixFile}: read the mix from it when it exists, else write the generated mix to it. */
    public record Options(Path index, String url, List<Path> sources, int queries, long seed, int rounds, Path mixFile, Path exportDocs,
                          int synthesize, Path synthesizeTo) {
        public Options(Path index, String url, List<Path> sources, int queries, long seed, int rounds, Path mixFile) {
            this(index, url, sources, queries, seed, rounds, mixFile, null, 0, null);
        }
    }

    private static final int[] CLIENTS = {1, 4};

    private Bench() {
    }

    public static void run(Options o, PrintStream out) throws IOException {
        out.printf("MILEX bench: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        if (o.synthesize() > 0) {
            // for the figures at 100k and 1M documents: written, then indexed and measured like any source
            Synthetic.write(o.index(), o.synthesize(), o.seed(), o.synthesizeTo(), out);
            return;
        }
        if (!o.sources().isEmpty()) {
            indexing(o, out);
        }
        if (o.index() == null && o.url() == null) {
            return;
        }
        List<QueryMix.Search> mix = mix(o, out);
        if (o.exportDocs() != null) {
            // for bench/peers: the same documents and the same mix, for the engines MILEX is measured against
            int n = PeerExport.write(o.index(), o.exportDocs());
            out.printf("%nWrote %d documents of %s to %s%n", n, o.index(), o.exportDocs());
            return;
        }
        if (o.url() != null) {
            out.printf("%nSearching %s, %d searches, %d rounds%n", o.url(), mix.size(), o.rounds());
            table(out, Map.of("HTTP", SearchBench.http(o.url())), mix, o.rounds());
            return;
        }
        long opening = System.nanoTime();
        try (SearchService search = SearchService.open(o.index())) {
            try {
                SearchBench.inProcess(search).search(mix.get(0));
            } catch (Exception e) {
                throw new IOException("the first search of the mix failed: " + e.getMessage(), e);
            }
            double coldMs = (System.nanoTime() - opening) / 1e6;
            Javalin app = WebApp.create(search, Catalog.bundled()).start("127.0.0.1", 0);
            try {
                // warm up: one pass, not timed, so that rounds compare like with like
                SearchBench.run(mix, SearchBench.inProcess(search), 2);
                Map<String, SearchBench.Client> modes = new LinkedHashMap<>();
                modes.put("in process", SearchBench.inProcess(search));
                modes.put("HTTP", SearchBench.http("http://127.0.0.1:" + app.port()));
                // what the snippets cost: the same hits, facets and landing articles without highlighted text
                modes.put("HTTP, no snippets", SearchBench.http("http://127.0.0.1:" + app.port(), "&snippets=false"));
                out.printf("%nSearching %s (%d documents), %d searches, %d rounds%n", o.index(), search.count(), mix.size(), o.rounds());
                table(out, modes, mix, o.rounds());
                byKind(out, mix, SearchBench.inProcess(search));
                System.gc();
                Runtime rt = Runtime.getRuntime();
                out.printf("%nCold start (open the index, answer one search): %.0f ms%n", coldMs);
                out.printf("Memory: heap in use after GC %d MB; peak resident set %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20, peakRss());
            } finally {
                app.stop();
            }
        }
    }

    private static List<QueryMix.Search> mix(Options o, PrintStream out) throws IOException {
        if (o.mixFile() != null && Files.exists(o.mixFile())) {
            List<QueryMix.Search> mix = QueryMix.read(o.mixFile());
            out.printf("%nQuery mix: %d searches read from %s%n", mix.size(), o.mixFile());
            return mix;
        }
        if (o.index() == null) {
            throw new IllegalArgumentException("bench --url needs --mix FILE (a mix written by an earlier run) or --index DIR to draw one from");
        }
        List<QueryMix.Search> mix;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(o.index()))) {
            mix = QueryMix.generate(reader, o.queries(), o.seed());
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        mix.forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
        out.printf("%nQuery mix: %d searches drawn from the index with seed %d: %s%n", mix.size(), o.seed(), kinds);
        if (o.mixFile() != null) {
            QueryMix.write(mix, o.mixFile());
            out.println("  written to " + o.mixFile());
        }
        return mix;
    }

    private static void table(PrintStream out, Map<String, SearchBench.Client> modes, List<QueryMix.Search> mix, int rounds) {
        out.printf("%-28s %9s %9s %9s %9s %7s%n", "", "p50 ms", "p99 ms", "p99.9 ms", "QPS", "errors");
        Map<String, List<Latencies>> runs = new LinkedHashMap<>();
        // rounds interleave the modes, so that a slow minute of the machine does not fall on one of them
        for (int r = 0; r < rounds; r++) {
            for (var mode : modes.entrySet()) {
                for (int clients : CLIENTS) {
                    runs.computeIfAbsent(mode.getKey() + ", " + clients + (clients == 1 ? " client" : " clients"), k -> new ArrayList<>())
                            .add(SearchBench.run(mix, mode.getValue(), clients));
                }
            }
        }
        runs.forEach((name, ls) -> out.printf("%-28s %9.1f %9.1f %9.1f %9.1f %7d%n", name,
                median(ls, l -> l.percentileMs(50)), median(ls, l -> l.percentileMs(99)), median(ls, l -> l.percentileMs(99.9)),
                median(ls, Latencies::qps), ls.stream().mapToInt(Latencies::errors).sum()));
        runs.values().stream().flatMap(ls -> ls.stream()).flatMap(l -> l.failures().stream()).distinct().limit(5)
                .forEach(f -> out.println("  failed: " + f));
    }

    private static void byKind(PrintStream out, List<QueryMix.Search> mix, SearchBench.Client client) {
        out.printf("%nBy kind (in process, 1 client, one pass)%n%-24s %9s %9s %7s%n", "", "p50 ms", "p99 ms", "count");
        Map<String, List<QueryMix.Search>> kinds = new LinkedHashMap<>();
        mix.forEach(s -> kinds.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        kinds.forEach((kind, searches) -> {
            Latencies l = SearchBench.run(searches, client, 1);
            out.printf("%-24s %9.1f %9.1f %7d%n", kind, l.percentileMs(50), l.percentileMs(99), searches.size());
        });
    }

    private static double median(List<Latencies> runs, java.util.function.ToDoubleFunction<Latencies> f) {
        return Latencies.median(runs.stream().mapToDouble(f).toArray());
    }

    private static void indexing(Options o, PrintStream out) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        out.printf("%nIndexing %s with %d threads%n", o.sources(), threads);
        Path scratch = Files.createTempDirectory("milex-bench");
        IndexBench.Figures f = IndexBench.run(o.sources(), threads, scratch, out);
        Files.deleteIfExists(scratch);
        IndexReport r = f.report();
        out.printf("  end to end: %d files, %.1f MB in %.1f s: %.1f files/s, %.2f MB/s%n", r.indexed(), r.bytes() / 1e6, f.seconds(),
                f.filesPerSecond(), f.mbPerSecond());
        out.println("  by stage (thread-seconds, and MB/s of the files' bytes per thread):");
        for (IndexReport.Stage s : IndexReport.Stage.values()) {
            double sec = r.seconds(s);
            out.printf("    %-9s %8.1f s %10s%n", s.name().toLowerCase(java.util.Locale.ROOT), sec,
                    s == IndexReport.Stage.FINISH || sec == 0 ? "" : "%.2f MB/s".formatted(r.bytes() / 1e6 / sec));
        }
        out.printf("  index: %.1f MB, %.2f bytes per character of text (%.1f M characters)%n", f.indexBytes() / 1e6,
                f.indexBytes() / (double) Math.max(1, r.textChars()), r.textChars() / 1e6);
        out.printf("  peak heap: %d MB%n", f.peakHeapBytes() >> 20);
        out.printf("  bare loop (Tika + one-field addDocument, same files, %d threads): %d files in %.1f s: %.1f files/s%n",
                threads, f.bareFiles(), f.bareSeconds(), f.bareFiles() / f.bareSeconds());
        out.printf("  MILEX indexes at %.0f %% of the bare loop's speed%n", 100 * f.ratioToBare());
    }

    /** The process's peak resident set (VmHWM), where the system reports it. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "not reported by this system";
    }
}
