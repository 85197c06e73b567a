package org.milex.peers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.milex.peers.Engines.Answer;
import org.milex.peers.Engines.Engine;

/**
 * The driver: the same mix of searches to MILEX, Solr and OpenSearch, already running and loaded.
 * First a check pass (does each engine find about as much as MILEX, and the same top country?), then timed
 * rounds, engines interleaved in an order turned each round: the whole mix with 1 client (p50, p99) and with 4
 * (searches/s), after an untimed warm-up. Snippets on, as MILEX always highlights; and off for the peers.
 *
 * <pre>Peers --mix FILE [--rounds N] --engine NAME URL PID COLD_S ... [--skipped "NAME: why"]</pre>
 * NAME is milex, solr or opensearch; PID is the server's process (for its peak RSS), COLD_S its cold start.
 */
public final class Peers {

    static final int CLIENTS = 4;
    static final double AGREE = 0.10;

    record Server(Engine engine, long pid, double coldSeconds) {
    }

    /** One engine asked with or without snippets. */
    record Variant(Server server, boolean snippets) {
        String key() {
            return server.engine().name() + (snippets ? "" : " -snippets");
        }
    }

    record Timing(double p50, double p99, double qps, int errors) {
    }

    private Peers() {
    }

    public static void main(String[] args) throws Exception {
        Path mixFile = null;
        int rounds = 3;
        List<Server> servers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mix" -> mixFile = Path.of(args[++i]);
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
                case "--skipped" -> skipped.add(args[++i]);
                case "--engine" -> {
                    String name = args[++i];
                    String url = args[++i].replaceAll("/+$", "");
                    long pid = Long.parseLong(args[++i]);
                    double cold = Double.parseDouble(args[++i]);
                    Engine e = switch (name) {
                        case "milex" -> new Engines.Milex(url);
                        case "solr" -> new Engines.Solr(url);
                        case "opensearch" -> new Engines.OpenSearch(url);
                        default -> throw new IllegalArgumentException("engine is milex, solr or opensearch, not " + name);
                    };
                    servers.add(new Server(e, pid, cold));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (mixFile == null || servers.isEmpty()) {
            System.err.println("usage: Peers --mix FILE [--rounds N] --engine NAME URL PID COLD_S ... [--skipped \"NAME: why\"]");
            System.exit(2);
        }
        List<Search> mix = Search.read(mixFile);
        System.out.printf(Locale.ROOT, "%d searches from %s; engines: %s%n", mix.size(), mixFile,
                String.join(", ", servers.stream().map(s -> s.engine().name()).toList()));
        skipped.forEach(s -> System.out.println("skipped: " + s));
        check(servers, mix);
        timed(servers, mix, rounds, skipped);
    }

    // ---- check pass ------------------------------------------------------------------------------------------

    private static void check(List<Server> servers, List<Search> mix) throws InterruptedException {
        Map<String, List<Answer>> answers = new LinkedHashMap<>();
        for (Server s : servers) {
            List<Answer> list = new ArrayList<>();
            String firstError = null;
            for (Search q : mix) {
                try {
                    JsonNode r = Http.json(s.engine().request(q, true));
                    list.add(s.engine().answer(r));
                } catch (IOException e) {
                    list.add(null);
                    firstError = firstError == null ? q + ": " + e.getMessage() : firstError;
                }
            }
            answers.put(s.engine().name(), list);
            if (firstError != null) {
                System.out.printf("%s failed %d searches; the first: %s%n", s.engine().name(),
                        list.stream().filter(Objects::isNull).count(), firstError);
            }
        }
        List<String> names = new ArrayList<>(answers.keySet());
        System.out.printf(Locale.ROOT, "%n== Check: total hits and top country facet value of each search, engine against engine ==%n");
        System.out.println("(analysis and query parsing differ, so they cannot agree exactly: this shows the load is the same work)");
        System.out.printf(Locale.ROOT, "%-24s %24s %24s %8s%n", "", "total within ±10 %", "same top country", "failed");
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                List<Answer> ref = answers.get(names.get(a));
                List<Answer> other = answers.get(names.get(b));
                int total = 0;
                int top = 0;
                int failed = 0;
                for (int i = 0; i < mix.size(); i++) {
                    Answer x = ref.get(i);
                    Answer y = other.get(i);
                    if (x == null || y == null) {
                        failed++;
                        continue;
                    }
                    total += within(y.total(), x.total()) ? 1 : 0;
                    top += Objects.equals(x.topCountry(), y.topCountry()) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "%-24s %24s %24s %8d%n", names.get(b) + " vs " + names.get(a),
                        share(total, mix.size()), share(top, mix.size()), failed);
            }
        }
        for (String kind : mix.stream().map(Search::kind).distinct().toList()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  median total, %-13s", kind));
            for (String n : names) {
                List<Answer> as = answers.get(n);
                long[] totals = java.util.stream.IntStream.range(0, mix.size())
                        .filter(i -> mix.get(i).kind().equals(kind) && as.get(i) != null)
                        .mapToLong(i -> as.get(i).total()).sorted().toArray();
                line.append(String.format(Locale.ROOT, "  %s %s", n, totals.length == 0 ? "-" : String.valueOf(totals[totals.length / 2])));
            }
            System.out.println(line);
        }
        if (names.size() < 2) {
            return;
        }
        // the searches whose totals are furthest from MILEX's (the first engine), by ratio
        List<Answer> milex = answers.get(names.get(0));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -distance(i, milex, answers, names)));
        System.out.printf(Locale.ROOT, "10 worst disagreements on total hits (top country in brackets):%n");
        for (int i : order.subList(0, Math.min(10, order.size()))) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-44s", clip(mix.get(i).toString(), 44)));
            for (String n : names) {
                Answer x = answers.get(n).get(i);
                line.append(String.format(Locale.ROOT, "  %s %s", n, x == null ? "failed" : x.total() + " (" + (x.topCountry() == null ? "-" : x.topCountry()) + ")"));
            }
            System.out.println(line);
        }
    }

    private static boolean within(long value, long reference) {
        return Math.abs(value - reference) <= AGREE * reference;
    }

    private static double distance(int i, List<Answer> milex, Map<String, List<Answer>> answers, List<String> names) {
        Answer m = milex.get(i);
        double worst = 0;
        for (String n : names.subList(1, names.size())) {
            Answer x = answers.get(n).get(i);
            if (m == null || x == null) {
                return Double.MAX_VALUE;
            }
            worst = Math.max(worst, Math.abs(Math.log((x.total() + 1.0) / (m.total() + 1.0))));
        }
        return worst;
    }

    private static String share(int n, int of) {
        return String.format(Locale.ROOT, "%d/%d (%.0f %%)", n, of, 100.0 * n / of);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    // ---- timed rounds ----------------------------------------------------------------------------------------

    private static void timed(List<Server> servers, List<Search> mix, int rounds, List<String> skipped) throws Exception {
        Map<Server, List<Variant>> variants = new LinkedHashMap<>();
        for (Server s : servers) {
            variants.put(s, s.engine().snippetsOptional()
                    ? List.of(new Variant(s, true), new Variant(s, false)) : List.of(new Variant(s, true)));
        }
        System.out.printf(Locale.ROOT, "%n== Timed: %d rounds; each: every engine in turn (order turned each round), the mix with 1 client, then %d ==%n",
                rounds, CLIENTS);
        // warm-up, untimed: each engine and variant sees the whole mix once before any timing
        for (List<Variant> vs : variants.values()) {
            for (Variant v : vs) {
                oneClient(v, mix);
            }
        }
        Map<String, List<Timing>> timings = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            List<Server> order = new ArrayList<>(servers);
            java.util.Collections.rotate(order, -r);
            for (Server s : order) {
                for (Variant v : variants.get(s)) {
                    double[] ms = oneClient(v, mix);
                    int errors = (int) Arrays.stream(ms).filter(x -> x < 0).count();
                    double[] ok = Arrays.stream(ms).filter(x -> x >= 0).sorted().toArray();
                    double[] qps = clients(v, mix, CLIENTS);
                    Timing t = new Timing(percentile(ok, 50), percentile(ok, 99), qps[0], errors + (int) qps[1]);
                    timings.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(t);
                    System.out.printf(Locale.ROOT, "  round %d  %-22s p50 %7.1f ms  p99 %7.1f ms  %7.1f searches/s%s%n", r + 1, v.key(),
                            t.p50(), t.p99(), t.qps(), t.errors() > 0 ? "  (" + t.errors() + " failed)" : "");
                }
            }
        }
        for (boolean snippets : new boolean[] {true, false}) {
            System.out.printf(Locale.ROOT, "%n%s, medians of %d rounds, %d searches:%n",
                    snippets ? "With snippets" : "Snippets off (MILEX: snippets=false)", rounds, mix.size());
            System.out.printf(Locale.ROOT, "%-12s %8s %8s %14s %13s %8s%n", "engine", "p50 ms", "p99 ms", "QPS 4 clients", "cold start s", "RSS MB");
            for (Server s : servers) {
                Variant v = variants.get(s).stream().filter(x -> x.snippets() == snippets).findFirst().orElse(null);
                List<Timing> ts = v == null ? null : timings.get(v.key());
                System.out.printf(Locale.ROOT, "%-12s %8s %8s %14s %13s %8s%n", s.engine().name(),
                        ts == null ? "n/a" : fmt(median(ts.stream().mapToDouble(Timing::p50).toArray())),
                        ts == null ? "n/a" : fmt(median(ts.stream().mapToDouble(Timing::p99).toArray())),
                        ts == null ? "n/a" : fmt(median(ts.stream().mapToDouble(Timing::qps).toArray())),
                        s.coldSeconds() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", s.coldSeconds()),
                        rssMb(s.pid()));
            }
            skipped.forEach(x -> System.out.println("skipped: " + x));
        }
        System.out.println("cold start: process start to its first search answered, on the loaded index; RSS: peak (VmHWM) of the server process.");
        int failed = timings.values().stream().flatMap(List::stream).mapToInt(Timing::errors).sum();
        if (failed > 0) {
            System.out.printf("%d timed searches failed (see the rounds above): those engines' figures leave them out%n", failed);
        }
    }

    /** The mix one search after another: each search's milliseconds, or -1 where it failed. */
    private static double[] oneClient(Variant v, List<Search> mix) throws InterruptedException {
        double[] ms = new double[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long t0 = System.nanoTime();
            boolean ok = send(v, mix.get(i));
            ms[i] = ok ? (System.nanoTime() - t0) / 1e6 : -1;
        }
        return ms;
    }

    /** The mix shared among n clients at once: {searches per second, failures}. */
    private static double[] clients(Variant v, List<Search> mix, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < mix.size(); i = next.getAndIncrement()) {
                        if (!send(v, mix.get(i))) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new double[] {mix.size() / seconds, failed.get()};
        } finally {
            pool.shutdownNow();
        }
    }

    /** One search, its answer read to the end (as a client would) but not parsed; false if it failed. */
    private static boolean send(Variant v, Search s) throws InterruptedException {
        try {
            HttpResponse<Void> r = Http.CLIENT.send(v.server().engine().request(s, v.snippets()), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String fmt(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, x >= 100 ? "%.0f" : "%.1f", x);
    }

    /** Peak resident memory of a process, from /proc (Linux). */
    private static String rssMb(long pid) {
        if (pid <= 0) {
            return "n/a";
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.valueOf(Math.round(kb / 1024.0));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone, or this is no Linux
        }
        return "n/a";
    }
}
