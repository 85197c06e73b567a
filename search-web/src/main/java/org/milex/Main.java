package org.milex;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.milex.bench.Bench;
import org.milex.indexer.IndexReport;
import org.milex.indexer.Indexer;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.eval.ClassificationEval;
import org.milex.indexer.eval.Label;
import org.milex.indexer.eval.TopicTraining;
import org.milex.indexer.classify.TopicModel;
import org.milex.search.SearchEval;
import org.milex.search.SearchService;
import org.milex.web.DefaultIndex;
import org.milex.web.WebApp;

/**
 * The launcher: {@code milex.jar index --source PATH… --index DIR} and {@code milex.jar serve [--index DIR] [--port N]}.
 * Mistakes on the command line print the usage and exit with status 2.
 */
public final class Main {

    static final String USAGE = """
            usage:
              java -jar milex.jar index --source PATH [--source PATH ...] --index DIR
                                        [--threads N] [--max-size MB] [--timeout SECONDS] [--no-catalog] [--prune] [--full]
                  Indexes folders (recursively), zip archives (in place) and single files, with the bundled
                  catalog's records unless --no-catalog. Indexing the same source again reads only the files
                  whose bytes changed (--full reads them all again); --prune removes the documents whose files
                  the sources no longer hold.
              java -jar milex.jar eval classify --source PATH --labels FILE [--split NAME] [--threads N]
                  Classifies the labelled files under PATH (without the catalog) and prints accuracy per field,
                  topic precision, recall and F1, the type confusion table and every disagreement, per split.
              java -jar milex.jar eval search --index DIR --queries FILE --qrels FILE [--meta FILE] [--split NAME] [--texts-only]
                  Runs judged queries (TREC topics and qrels; metadata qid split lang tag params beside the topics)
                  and prints nDCG@10, MRR and Recall@100, overall, per split, tag and language, and per query.
              java -jar milex.jar bench [--index DIR] [--source PATH ...] [--searches N] [--seed N] [--rounds N]
                                        [--mix FILE] [--url URL] [--export-docs FILE] [--synthesize N --out FILE.zip]
                  Search figures over an index: a seeded mix of searches (one and two words, phrases, filters,
                  citations, cross-lingual, browsing, deep pages) timed in process and over HTTP with 1 and 4
                  clients; p50, p99, p99.9 and searches/s as medians of the rounds; cold start and memory.
                  With --source, indexing figures: files/s and MB/s end to end and per stage, index size,
                  peak heap, and the ratio to a bare Tika + Lucene loop. --mix FILE keeps the mix (written
                  when absent, read when present); --url sends it to a running server instead; --export-docs
                  FILE writes the index's documents as JSON lines (and the mix to --mix) for bench/peers;
                  --synthesize N writes N synthetic Markdown documents recombined from the index's articles
                  (seeded by --seed, each marked as synthetic) to a zip, to index and measure at 100k and 1M.
              java -jar milex.jar load --index DIR [--clients N] [--seconds N] [--max-requests N] [--source PATH ...] [--url URL]
                  A load run on loopback (32 clients, 60 s by default): serves the index, sends a mix of searches
                  drawn from it and prints requests, errors and latency percentiles; with --source it re-indexes
                  those sources into the index half way and switches to it under the load. Exits 1 on any error.
              java -jar milex.jar serve [--index DIR] [--port N] [--host ADDRESS] [--refresh SECONDS]
                  Serves the site and the JSON API (default port 7070). Without --index, serves the bundled
                  catalog, building its index on first start under $MILEX_HOME (default ~/.milex). A new commit
                  of the index (a re-index while it serves) is picked up within --refresh seconds (default 10),
                  or at once by POST /admin/refresh with the token of MILEX_ADMIN_TOKEN (off when unset).
            """;

    /** Held so the setting sticks: Lucene's note that the incubating Vector API is off is not the user's concern. */
    private static final java.util.logging.Logger VECTOR_NOTE = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    public static void main(String[] args) {
        VECTOR_NOTE.setLevel(java.util.logging.Level.SEVERE);
        try {
            System.exit(run(args, System.out, System.err));
        } catch (IOException | RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        return switch (options.command) {
            case "index" -> index(options, out, err);
            case "serve" -> serve(options, out);
            case "eval" -> eval(options, out, err);
            case "bench" -> bench(options, out, err);
            case "load" -> load(options, out, err);
            default -> throw new IllegalStateException();
        };
    }

    private static int index(Options o, PrintStream out, PrintStream err) throws IOException {
        if (o.sources.isEmpty() || o.index == null) {
            err.println("error: index needs at least one --source and an --index folder");
            err.print(USAGE);
            return 2;
        }
        Indexer.Options defaults = Indexer.Options.defaults(err);
        Indexer.Options options = new Indexer.Options(
                o.threads > 0 ? o.threads : defaults.threads(),
                o.maxSizeMb > 0 ? o.maxSizeMb << 20 : defaults.maxBytes(),
                o.timeout > 0 ? o.timeout : defaults.timeoutSeconds(),
                o.catalog, err).pruning(o.prune).rereading(o.full);
        IndexReport report = new Indexer(o.index, Catalog.bundled(), options).run(o.sources);
        report.print(out);
        return 0;
    }

    private static int eval(Options o, PrintStream out, PrintStream err) throws IOException {
        if ("search".equals(o.what)) {
            return evalSearch(o, out, err);
        }
        if (!"classify".equals(o.what) && !"train-topics".equals(o.what)) {
            err.println("error: eval needs what to evaluate: 'eval classify' or 'eval search' (or 'eval train-topics')");
            err.print(USAGE);
            return 2;
        }
        if (o.sources.size() != 1 || o.labels == null) {
            err.println("error: eval " + o.what + " needs one --source (the folder the labels' paths start from) and --labels FILE");
            err.print(USAGE);
            return 2;
        }
        List<Label> labels = Label.read(o.labels);
        if (o.split != null) {
            labels = labels.stream().filter(l -> l.split().equals(o.split)).toList();
            if (labels.isEmpty()) {
                err.println("error: no labelled document has split '" + o.split + "'");
                return 2;
            }
        }
        if (o.what.equals("train-topics")) {
            TopicModel model = TopicTraining.train(o.sources.get(0), labels, Catalog.bundled(), err);
            String text = model.format("Learned by: milex.jar eval train-topics --source " + o.sources.get(0) + " --labels " + o.labels
                    + (o.split == null ? "" : " --split " + o.split) + "\nfrom " + labels.size() + " labelled documents");
            if (o.out != null) {
                java.nio.file.Files.writeString(o.out, text);
                out.println("wrote " + o.out);
            } else {
                out.print(text);
            }
            return 0;
        }
        out.printf("Classifying %d labelled documents under %s (labels: %s); the catalog's facts are not used, and a%n"
                + "text's own catalog record does not vote on its topics%n%n", labels.size(), o.sources.get(0), o.labels);
        int threads = o.threads > 0 ? o.threads : Runtime.getRuntime().availableProcessors();
        ClassificationEval.print(ClassificationEval.run(o.sources.get(0), labels, Catalog.bundled(), threads), out);
        return 0;
    }

    private static int evalSearch(Options o, PrintStream out, PrintStream err) throws IOException {
        if (o.index == null || o.queries == null || o.qrels == null) {
            err.println("error: eval search needs --index DIR, --queries FILE (TREC topics) and --qrels FILE");
            err.print(USAGE);
            return 2;
        }
        Path meta = o.meta != null ? o.meta : o.queries.resolveSibling("topics-meta.tsv");
        List<SearchEval.Topic> topics = SearchEval.topics(o.queries, meta);
        if (o.split != null) {
            topics = topics.stream().filter(t -> t.split().equals(o.split)).toList();
        }
        try (SearchService search = SearchService.open(o.index)) {
            out.printf("Searching %d judged queries (%s, %s) over %s%n%n", topics.size(), o.queries, o.qrels, o.index);
            SearchEval.print(SearchEval.run(search, topics, SearchEval.qrels(o.qrels), o.textsOnly), out);
        }
        return 0;
    }

    private static int bench(Options o, PrintStream out, PrintStream err) throws IOException {
        if (o.index == null && o.url == null && o.sources.isEmpty()) {
            err.println("error: bench needs --index DIR (search figures), --source PATH (indexing figures) or --url URL with --mix FILE");
            err.print(USAGE);
            return 2;
        }
        if (o.exportDocs != null && o.index == null) {
            err.println("error: --export-docs needs --index DIR");
            return 2;
        }
        if (o.synthesize > 0 && (o.index == null || o.out == null)) {
            err.println("error: --synthesize N needs --index DIR (the real texts to recombine) and --out FILE.zip");
            return 2;
        }
        Bench.run(new Bench.Options(o.index, o.url, o.sources, o.searches, o.seed, o.rounds, o.mix, o.exportDocs, o.synthesize, o.out), out);
        return 0;
    }

    private static int load(Options o, PrintStream out, PrintStream err) throws IOException {
        if (o.index == null) {
            err.println("error: load needs --index DIR (the mix is drawn from it; it is served unless --url is given)");
            err.print(USAGE);
            return 2;
        }
        return org.milex.bench.LoadRun.run(new org.milex.bench.LoadRun.Options(o.index, o.url, o.sources, o.clients, o.seconds,
                o.maxRequests, o.seed), out);
    }

    private static int serve(Options o, PrintStream out) throws IOException {
        Catalog catalog = Catalog.bundled();
        Path index = o.index != null ? o.index : DefaultIndex.ensure(DefaultIndex.home(), catalog, out);
        SearchService search = SearchService.open(index);
        Javalin app = WebApp.create(search, catalog);
        app.start(o.host, o.port);
        out.printf("MILEX is serving %d documents from %s at http://%s:%d/%n", search.count(), index,
                o.host.equals("0.0.0.0") ? "localhost" : o.host, app.port());
        // a re-index of the same folder (by another process) is picked up at its commit, atomically: a search
        // runs against the commit it started with, the next against the new one
        java.util.concurrent.ScheduledExecutorService watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "milex-index-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                search.refresh();
            } catch (IOException | RuntimeException e) {
                System.err.println("could not look at the index again: " + e.getMessage());
            }
        }, o.refreshSeconds, o.refreshSeconds, java.util.concurrent.TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                search.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }));
        // Serve until the process is stopped (Ctrl+C); the hook above closes the server and the index.
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The parsed command line. */
    static final class Options {
        String command;
        /** For eval: what to evaluate ("classify"). */
        String what;
        Path labels;
        String split;
        Path out;
        Path queries;
        Path qrels;
        Path meta;
        boolean textsOnly;
        final List<Path> sources = new ArrayList<>();
        Path index;
        int port = 7070;
        String host = "0.0.0.0";
        int threads;
        long maxSizeMb;
        long timeout;
        boolean catalog = true;
        boolean prune;
        boolean full;
        Path exportDocs;
        int synthesize;
        int refreshSeconds = 10;
        String url;
        Path mix;
        int searches = 300;
        int seed = 20261201;
        int rounds = 3;
        int clients = 32;
        int seconds = 60;
        int maxRequests = 1_000_000;

        static Options parse(String[] args) {
            Options o = new Options();
            o.command = args[0];
            if (!List.of("index", "serve", "eval", "bench", "load").contains(o.command)) {
                throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            }
            int first = 1;
            if (o.command.equals("eval") && args.length > 1 && !args[1].startsWith("--")) {
                o.what = args[1];
                first = 2;
            }
            for (int i = first; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--source" -> o.sources.add(Path.of(value(args, ++i, a)));
                    case "--index" -> o.index = Path.of(value(args, ++i, a));
                    case "--port" -> o.port = number(value(args, ++i, a), a);
                    case "--host" -> o.host = value(args, ++i, a);
                    case "--threads" -> o.threads = number(value(args, ++i, a), a);
                    case "--max-size" -> o.maxSizeMb = number(value(args, ++i, a), a);
                    case "--timeout" -> o.timeout = number(value(args, ++i, a), a);
                    case "--no-catalog" -> o.catalog = false;
                    case "--prune" -> o.prune = true;
                    case "--full" -> o.full = true;
                    case "--refresh" -> o.refreshSeconds = Math.max(1, number(value(args, ++i, a), a));
                    case "--labels" -> o.labels = Path.of(value(args, ++i, a));
                    case "--split" -> o.split = value(args, ++i, a);
                    case "--out" -> o.out = Path.of(value(args, ++i, a));
                    case "--queries" -> o.queries = Path.of(value(args, ++i, a));
                    case "--qrels" -> o.qrels = Path.of(value(args, ++i, a));
                    case "--meta" -> o.meta = Path.of(value(args, ++i, a));
                    case "--texts-only" -> o.textsOnly = true;
                    case "--url" -> o.url = value(args, ++i, a).replaceAll("/+$", "");
                    case "--mix" -> o.mix = Path.of(value(args, ++i, a));
                    case "--export-docs" -> o.exportDocs = Path.of(value(args, ++i, a));
                    case "--synthesize" -> o.synthesize = Math.max(1, number(value(args, ++i, a), a));
                    case "--searches" -> o.searches = number(value(args, ++i, a), a);
                    case "--seed" -> o.seed = number(value(args, ++i, a), a);
                    case "--rounds" -> o.rounds = Math.max(1, number(value(args, ++i, a), a));
                    case "--clients" -> o.clients = Math.max(1, number(value(args, ++i, a), a));
                    case "--seconds" -> o.seconds = Math.max(1, number(value(args, ++i, a), a));
                    case "--max-requests" -> o.maxRequests = Math.max(1, number(value(args, ++i, a), a));
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String s, String option) {
            try {
                int n = Integer.parseInt(s);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not '" + s + "'");
            }
        }
    }
}
