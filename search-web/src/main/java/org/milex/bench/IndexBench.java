package org.milex.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.milex.indexer.IndexReport;
import org.milex.indexer.Indexer;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.source.Source;
import org.milex.indexer.source.SourceFile;
import org.milex.indexer.source.SourceVisitor;

/**
 * Indexing figures: a MILEX run over the sources into a fresh folder (files/s, MB/s, where the time goes,
 * index size per character of text, peak heap), and, over the same files with the same threads, the bare
 * loop it is measured against: Tika's AutoDetectParser and {@code IndexWriter.addDocument} of one text field.
 */
public final class IndexBench {

    /** What one run measured. */
    public record Figures(IndexReport report, double seconds, long indexBytes, long peakHeapBytes, double bareSeconds, long bareFiles) {

        public double filesPerSecond() {
            return report.indexed() / seconds;
        }

        public double mbPerSecond() {
            return report.bytes() / 1e6 / seconds;
        }

        /** How fast MILEX indexes as a share of the bare loop's speed. */
        public double ratioToBare() {
            return bareSeconds / seconds;
        }
    }

    private IndexBench() {
    }

    public static Figures run(List<Path> sources, int threads, Path scratch, PrintStream log) throws IOException {
        Path index = Files.createTempDirectory(scratch, "bench-index");
        Path bare = Files.createTempDirectory(scratch, "bench-bare");
        try {
            System.gc();
            resetPeaks();
            Indexer.Options defaults = Indexer.Options.defaults(null);
            long t = System.nanoTime();
            IndexReport report = new Indexer(index, Catalog.bundled(), new Indexer.Options(threads, defaults.maxBytes(),
                    defaults.timeoutSeconds(), true, new PrintStream(OutputStream.nullOutputStream()))).run(sources);
            double seconds = (System.nanoTime() - t) / 1e9;
            long peak = peakHeap();
            log.printf("  MILEX indexed %d files in %.1f s; now the bare loop over the same files%n", report.indexed(), seconds);
            t = System.nanoTime();
            long bareFiles = bareLoop(sources, threads, bare, report);
            double bareSeconds = (System.nanoTime() - t) / 1e9;
            return new Figures(report, seconds, sizeOf(index), peak, bareSeconds, bareFiles);
        } finally {
            deleteTree(index);
            deleteTree(bare);
        }
    }

    /** Tika, then one addDocument per file; the files MILEX skipped or failed are left out here too. */
    private static long bareLoop(List<Path> sources, int threads, Path dir, IndexReport milex) throws IOException {
        java.util.Set<String> left = new java.util.HashSet<>();
        milex.skipped().forEach(p -> left.add(p.path()));
        milex.failed().forEach(p -> left.add(p.path()));
        AtomicLong done = new AtomicLong();
        AutoDetectParser parser = new AutoDetectParser();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Semaphore inFlight = new Semaphore(threads * 2);
            for (Path p : sources) {
                Source.of(p).walk(new SourceVisitor() {
                    @Override
                    public void file(SourceFile file) {
                        if (left.contains(file.path()) || file.fileName().startsWith(".")) {
                            return;
                        }
                        byte[] bytes;
                        try (InputStream in = file.open()) {
                            bytes = in.readAllBytes();
                        } catch (IOException e) {
                            return;
                        }
                        inFlight.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                BodyContentHandler text = new BodyContentHandler(-1);
                                parser.parse(new ByteArrayInputStream(bytes), text, new Metadata(), new ParseContext());
                                Document doc = new Document();
                                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                                writer.addDocument(doc);
                                done.incrementAndGet();
                            } catch (Exception e) {
                                // a file Tika cannot parse is not counted; MILEX reports such files itself
                            } finally {
                                inFlight.release();
                            }
                        });
                    }

                    @Override
                    public void unreadable(String path, String reason) {
                    }
                });
            }
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer.commit();
        }
        return done.get();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at once. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
