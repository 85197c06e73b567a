package org.milex.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** An index folder opened for writing: MILEX's writer settings, its commit data and its book-keeping. */
public final class IndexStore implements AutoCloseable {

    /** Commit data key: the fingerprint of the catalog the index was built with. */
    public static final String CATALOG_FINGERPRINT = "milex.catalog";
    /** Commit data key: the {@link Schema#VERSION} the index was written with. */
    public static final String SCHEMA_VERSION = "milex.schema";

    private final Directory directory;
    private final IndexWriter writer;

    private IndexStore(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    public static IndexStore openForWriting(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setSimilarity(Schema.similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                // nothing reaches the index until commit(): a crash leaves the last commit intact
                .setCommitOnClose(false);
        return new IndexStore(dir, new IndexWriter(dir, config));
    }

    public IndexWriter writer() {
        return writer;
    }

    /**
     * Marks each catalog record whose full text is in the index as superseded (the text, which carries the
     * record's facts, stands for it in results), and clears the mark on the others.
     */
    public void reconcileCatalogRecords() throws IOException {
        Set<String> withText = new HashSet<>();
        Set<String> records = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Schema.KIND, MilexDocument.TEXT)), Integer.MAX_VALUE).scoreDocs) {
                String catalogId = stored.document(hit.doc, Set.of(Schema.CATALOG_ID)).get(Schema.CATALOG_ID);
                if (catalogId != null) {
                    withText.add(catalogId);
                }
            }
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Schema.KIND, MilexDocument.RECORD)), Integer.MAX_VALUE).scoreDocs) {
                records.add(stored.document(hit.doc, Set.of(Schema.ID)).get(Schema.ID));
            }
        }
        for (String id : records) {
            writer.updateNumericDocValue(new Term(Schema.ID, id), Schema.SUPERSEDED, withText.contains(id) ? 1 : 0);
        }
    }

    public void commit(Map<String, String> data) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(data);
        all.put(SCHEMA_VERSION, Schema.VERSION);
        writer.setLiveCommitData(all.entrySet());
        writer.commit();
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
