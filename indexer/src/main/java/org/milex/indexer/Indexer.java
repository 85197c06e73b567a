package org.milex.indexer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogDocuments;
import org.milex.indexer.catalog.CatalogMatch;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.FullTextJoin;
import org.milex.indexer.classify.Classification;
import org.milex.indexer.classify.Classifier;
import org.milex.indexer.extract.Articles;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.ExtractionException;
import org.milex.indexer.extract.TextExtractor;
import org.milex.indexer.extract.Titles;
import org.milex.indexer.index.DocumentIds;
import org.milex.indexer.index.IndexStore;
import org.milex.indexer.index.InstrumentKeys;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;
import org.milex.indexer.source.Source;
import org.milex.indexer.source.SourceFile;
import org.milex.indexer.source.SourceVisitor;

/**
 * Drives one indexing run: walks the sources, extracts and classifies each file on worker threads, joins it
 * to its catalog record, writes it, and accounts for every file. The index is committed once, at the end,
 * so a run that dies half way leaves the previous index as it was.
 */
public final class Indexer {

    /**
     * @param threads        extraction threads
     * @param maxBytes       larger files are skipped (and named) rather than read
     * @param timeoutSeconds a file whose parsing takes longer fails
     * @param catalogRecords also index every catalog record as a document of its own
     */
    public record Options(int threads, long maxBytes, long timeoutSeconds, boolean catalogRecords, PrintStream progress, boolean prune,
                          boolean full) {
        public Options(int threads, long maxBytes, long timeoutSeconds, boolean catalogRecords, PrintStream progress) {
            this(threads, maxBytes, timeoutSeconds, catalogRecords, progress, false, false);
        }

        public static Options defaults(PrintStream progress) {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 200L << 20, 300, true, progress);
        }

        /** The same, removing from the index the files this run's sources no longer hold. */
        public Options pruning(boolean prune) {
            return new Options(threads, maxBytes, timeoutSeconds, catalogRecords, progress, prune, full);
        }

        /**
         * The same, reading every file again even when its bytes are unchanged: after an upgrade of the extractor
         * or the classifier, whose output for the same bytes may differ.
         */
        public Options rereading(boolean full) {
            return new Options(threads, maxBytes, timeoutSeconds, catalogRecords, progress, prune, full);
        }
    }

    /** The notes a collection keeps about its files: provenance lists and read-me files. */
    private static final Pattern PROVENANCE_NOTE = Pattern.compile("(?i)(SOURCES|README)(\\.(md|txt))?");

    private final Path indexDir;
    private final Catalog catalog;
    private final Options options;
    private final FullTextJoin join;
    private final Classifier classifier;
    private final CatalogMatch known;

    public Indexer(Path indexDir, Catalog catalog, Options options) {
        this.indexDir = indexDir;
        this.catalog = catalog;
        this.options = options;
        this.join = new FullTextJoin(catalog);
        this.classifier = new Classifier(catalog);
        this.known = new CatalogMatch(catalog);
    }

    public IndexReport run(List<Path> sources) throws IOException {
        IndexReport report = new IndexReport();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "milex-indexer");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "milex-progress");
            t.setDaemon(true);
            return t;
        });
        // Bounds the files held in memory while they wait for a worker.
        Semaphore inFlight = new Semaphore(options.threads() * 2);
        try (IndexStore store = IndexStore.openForWriting(indexDir);
             TextExtractor extractor = new TextExtractor(options.timeoutSeconds())) {
            IndexWriter writer = store.writer();
            Set<String> touched = ConcurrentHashMap.newKeySet();
            // what the last run indexed, so that a file whose bytes are unchanged is not read again
            Map<String, IndexStore.Known> known = store.knownFiles(catalog.fingerprint());
            Set<String> seen = ConcurrentHashMap.newKeySet();
            ticker.scheduleAtFixedRate(() -> progress(report), 5, 5, TimeUnit.SECONDS);
            if (options.catalogRecords()) {
                indexCatalogRecords(store, report, touched);
            }
            for (Path path : sources) {
                walk(path, store, extractor, workers, inFlight, report, touched, known, seen);
            }
            workers.shutdown();
            awaitQuietly(workers);
            if (options.prune()) {
                for (var k : known.entrySet()) {
                    if (!seen.contains(k.getKey())) {
                        store.delete(k.getKey());
                        touched.add(k.getValue().instrument());
                        report.removed();
                    }
                }
            }
            if (writer.getTragicException() != null) {
                throw new IOException("indexing aborted: the index writer failed (" + writer.getTragicException()
                        + "); the last committed index is unchanged", writer.getTragicException());
            }
            // the instruments whose versions this run wrote are put together again from all their versions
            long finishing = System.nanoTime();
            store.rebuildInstruments(touched, catalog, options.threads());
            store.commit(Map.of(IndexStore.CATALOG_FINGERPRINT, catalog.fingerprint()));
            report.time(IndexReport.Stage.FINISH, System.nanoTime() - finishing);
        } finally {
            workers.shutdownNow();
            ticker.shutdownNow();
            report.finish();
        }
        return report;
    }

    private void indexCatalogRecords(IndexStore store, IndexReport report, Set<String> touched) throws IOException {
        for (CatalogRecord r : catalog.records()) {
            if (r.isAbsence()) {
                continue;
            }
            MilexDocument doc = CatalogDocuments.of(r);
            store.write(doc);
            touched.add(doc.instrument());
            report.record();
        }
    }

    private void walk(Path path, IndexStore store, TextExtractor extractor, ExecutorService workers,
                      Semaphore inFlight, IndexReport report, Set<String> touched, Map<String, IndexStore.Known> known, Set<String> seen) {
        IndexWriter writer = store.writer();
        Source source;
        try {
            source = Source.of(path);
        } catch (IOException e) {
            report.failed(path.toString(), "source cannot be read: " + e.getMessage());
            return;
        }
        try {
            source.walk(new SourceVisitor() {
                @Override
                public void file(SourceFile file) {
                    if (writer.getTragicException() != null) {
                        return; // the run is lost; stop reading, the error is raised after the walk
                    }
                    if (file.fileName().startsWith(".")) {
                        report.skipped(file.path(), "hidden file");
                        return;
                    }
                    if (PROVENANCE_NOTE.matcher(file.fileName()).matches()) {
                        // a collection's SOURCES.md or README describes the files beside it; it is not one of them
                        report.skipped(file.path(), "notes about the collection, not a document");
                        return;
                    }
                    if (file.size() > options.maxBytes()) {
                        report.skipped(file.path(), "too large: %d MB, over the %d MB limit"
                                .formatted(file.size() >> 20, options.maxBytes() >> 20));
                        return;
                    }
                    byte[] bytes;
                    try (InputStream in = file.open()) {
                        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                    } catch (IOException | RuntimeException e) {
                        report.failed(file.path(), "cannot be read: " + e.getMessage());
                        return;
                    }
                    if (bytes.length > options.maxBytes()) {
                        report.skipped(file.path(), "too large: over the %d MB limit".formatted(options.maxBytes() >> 20));
                        return;
                    }
                    String id = DocumentIds.forFile(file.fileName(), file.origin());
                    seen.add(id);
                    IndexStore.Known before = known.get(id);
                    if (before != null && !options.full() && before.sha256().equals(DocumentIds.sha256(bytes))) {
                        report.unchanged();
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            index(file, bytes, store, extractor, report, touched, before != null);
                        } finally {
                            inFlight.release();
                        }
                    });
                }

                @Override
                public void unreadable(String where, String reason) {
                    report.failed(where, reason);
                }
            });
        } catch (IOException | RuntimeException e) {
            report.failed(path.toString(), "source cannot be read: " + e.getMessage());
        }
    }

    private void index(SourceFile file, byte[] bytes, IndexStore store, TextExtractor extractor, IndexReport report, Set<String> touched,
                       boolean update) {
        try {
            long t0 = System.nanoTime();
            ExtractedText text = extractor.extract(file.fileName(), bytes);
            long t1 = System.nanoTime();
            report.time(IndexReport.Stage.EXTRACT, t1 - t0);
            String sha = DocumentIds.sha256(bytes);
            Classification guessed = classifier.classify(text, text.title(), file.folderName());
            String ownTitle = Titles.orFirstLine(text.title(), text.text());
            // by its bytes or name; failing that, as another copy of an instrument the catalog knows
            Optional<CatalogRecord> record = join.find(sha, file.fileName()).or(() -> known.identify(ownTitle,
                    text.hints().get(ExtractedText.Hints.NUMBER), guessed.country(), guessed.type(), null));
            Classification c = record.map(r -> CatalogDocuments.overlay(r, guessed)).orElse(guessed);
            String title = record.map(r -> CatalogDocuments.title(r, text.language(), ownTitle)).orElse(ownTitle);
            if (title == null) {
                title = file.fileName();
            }
            String number = record.map(CatalogRecord::number).orElse(text.hints().get(ExtractedText.Hints.NUMBER));
            String id = DocumentIds.forFile(file.fileName(), file.origin());
            String catalogId = record.map(CatalogRecord::id).orElse(null);
            String status = record.map(CatalogRecord::status).orElse(text.hints().get(ExtractedText.Hints.STATUS));
            MilexDocument doc = new MilexDocument(id, MilexDocument.TEXT,
                    file.path(), title, number, c.country(), c.type(), c.stage(), c.topics(), text.language(), c.year(), c.date(),
                    catalogId, InstrumentKeys.of(catalogId, c.country(), c.type(), c.year(), number, title, id), status,
                    text.hints().get(ExtractedText.Hints.CURRENT_TO), text.contentType(), sha, Map.of(text.language(), text.text()),
                    Articles.find(text.text(), Articles.bareSections(text.contentType())));
            long t2 = System.nanoTime();
            report.time(IndexReport.Stage.CLASSIFY, t2 - t1);
            store.write(doc, file.origin());
            report.time(IndexReport.Stage.WRITE, System.nanoTime() - t2);
            touched.add(doc.instrument());
            report.indexed(bytes.length, record.isPresent(), update);
            report.text(text.text().length());
            String truncated = text.hints().get(ExtractedText.Hints.TRUNCATED);
            if (truncated != null) {
                report.warned(file.path(), truncated);
            }
        } catch (ExtractionException e) {
            if (e.skipped()) {
                report.skipped(file.path(), e.getMessage());
            } else {
                report.failed(file.path(), e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            report.failed(file.path(), "could not be indexed: " + e);
        }
    }

    private void progress(IndexReport report) {
        if (options.progress() != null && report.files() > 0) {
            options.progress().printf("... %d files: %d indexed, %d skipped, %d failed (%.1f files/s)%n",
                    report.files(), report.indexed(), report.skipped().size(), report.failed().size(),
                    report.files() / Math.max(0.001, report.seconds()));
        }
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: a slow PDF is bounded by the extraction timeout
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
