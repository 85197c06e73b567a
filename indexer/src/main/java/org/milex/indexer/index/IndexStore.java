package org.milex.indexer.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.milex.indexer.catalog.Catalog;

/** An index folder opened for writing: MILEX's writer settings, its commit data and its book-keeping. */
public final class IndexStore implements AutoCloseable {

    /** Commit data key: the fingerprint of the catalog the index was built with. */
    public static final String CATALOG_FINGERPRINT = "milex.catalog";
    /** Commit data key: the {@link Schema#VERSION} the index was written with. */
    public static final String SCHEMA_VERSION = "milex.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final FacetsConfig facets = Schema.facetsConfig();

    private IndexStore(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    public static IndexStore openForWriting(Path folder) throws IOException {
        // an index of another schema is rewritten whole, not mixed with; its last commit stays until ours
        String written = commitData(folder).get(SCHEMA_VERSION);
        boolean other = written != null && !written.equals(Schema.VERSION);
        Directory dir = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setSimilarity(Schema.similarity())
                .setOpenMode(other ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                // each of a segment's files on its own, never packed into a compound file: the search reads the
                // stored fields through its own channel and maps the rest (SearchDirectory), which it can only do
                // by file extension
                .setUseCompoundFile(false)
                // nothing reaches the index until commit(): a crash leaves the last commit intact
                .setCommitOnClose(false);
        config.getMergePolicy().setNoCFSRatio(0.0);
        return new IndexStore(dir, new IndexWriter(dir, config));
    }

    public IndexWriter writer() {
        return writer;
    }

    /** Writes (or replaces) a version with its passages. */
    public void write(MilexDocument version) throws IOException {
        write(version, null);
    }

    /**
     * @param origin where the file was read from (a path, or a zip's path and the entry in it, "x.zip!/a/b.pdf"),
     *               kept so that the site can offer the original for download; never shown
     */
    public void write(MilexDocument version, String origin) throws IOException {
        List<org.apache.lucene.document.Document> docs = Schema.versionAndPassages(version);
        if (origin != null) {
            docs.get(0).add(new org.apache.lucene.document.StoredField(Schema.ORIGIN, origin));
        }
        writer.updateDocuments(new Term(Schema.OWNER, version.id()), docs);
    }

    /**
     * Rebuilds the search document of each instrument named, from all its versions now in the index (those of
     * earlier runs included), and removes the documents of instruments that no longer have any. The instruments
     * are shared out among {@code threads} threads: at 100k files this step is a fifth of the run.
     */
    public void rebuildInstruments(Collection<String> keys, Catalog catalog, int threads) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> all = List.copyOf(keys);
            int n = Math.max(1, Math.min(threads, all.size() / 100 + 1));
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < n; t++) {
                    List<String> part = all.subList(all.size() * t / n, all.size() * (t + 1) / n);
                    parts.add(pool.submit(() -> {
                        rebuild(part, searcher, catalog);
                        return null;
                    }));
                }
                for (var part : parts) {
                    part.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while rebuilding instruments");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private void rebuild(List<String> keys, IndexSearcher searcher, Catalog catalog) throws IOException {
        StoredFields stored = searcher.storedFields(); // one per thread: stored fields are not thread-safe
        for (String key : keys) {
            BooleanQuery versions = new BooleanQuery.Builder()
                    .add(Schema.kind(Schema.KIND_VERSION), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.INSTRUMENT, key)), BooleanClause.Occur.FILTER)
                    .build();
            List<MilexDocument> found = new ArrayList<>();
            // sized by the count: a top-docs queue as long as the index, once per instrument, made the
            // rebuild quadratic in the number of documents (minutes at 100k)
            int count = searcher.count(versions);
            for (ScoreDoc hit : count == 0 ? new ScoreDoc[0] : searcher.search(versions, count).scoreDocs) {
                found.add(Schema.fromLucene(stored.document(hit.doc)));
            }
            found.sort(java.util.Comparator.comparing(MilexDocument::id));
            Term id = new Term(Schema.ID, Schema.instrumentId(key));
            if (found.isEmpty()) {
                writer.deleteDocuments(id);
                continue;
            }
            Optional<org.milex.indexer.catalog.CatalogRecord> record = catalog.record(key);
            writer.updateDocument(id, Schema.instrument(Instrument.of(key, found, record), facets));
        }
    }

    public void commit(Map<String, String> data) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(data);
        all.put(SCHEMA_VERSION, Schema.VERSION);
        writer.setLiveCommitData(all.entrySet());
        writer.commit();
    }

    /** A file's version already in the index: the SHA-256 of its bytes and the instrument it belongs to. */
    public record Known(String sha256, String instrument) {
    }

    /**
     * The full-text versions of the last commit, by id, when that commit was made with this schema and this
     * catalog: a file whose bytes have not changed since need not be read again. Under another catalog its
     * classification and join may differ, so nothing is known and every file is read.
     */
    public Map<String, Known> knownFiles(String catalogFingerprint) throws IOException {
        Map<String, Known> out = new java.util.HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return out;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!Schema.VERSION.equals(data.get(SCHEMA_VERSION)) || !catalogFingerprint.equals(data.get(CATALOG_FINGERPRINT))) {
                return out;
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            BooleanQuery texts = new BooleanQuery.Builder()
                    .add(Schema.kind(Schema.KIND_VERSION), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.VERSION_KIND, MilexDocument.TEXT)), BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc hit : searcher.search(texts, Math.max(1, reader.maxDoc())).scoreDocs) {
                var d = stored.document(hit.doc, java.util.Set.of(Schema.ID, Schema.SHA256, Schema.INSTRUMENT));
                if (d.get(Schema.SHA256) != null) {
                    out.put(d.get(Schema.ID), new Known(d.get(Schema.SHA256), d.get(Schema.INSTRUMENT)));
                }
            }
        }
        return out;
    }

    /** Removes a version and its passages. */
    public void delete(String versionId) throws IOException {
        writer.deleteDocuments(new Term(Schema.OWNER, versionId));
    }

    /** The commit data of the index in a folder, empty when there is no index there. */
    public static Map<String, String> commitData(Path folder) throws IOException {
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.getIndexCommit().getUserData();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
