package org.milex.bench;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.milex.indexer.index.Schema;

/**
 * The ids of every document of one kind (versions, passages, instruments), in index order: collected without a
 * top-docs queue, whose size would be the whole index (millions of entries at 1M documents).
 */
final class KindDocs {

    private KindDocs() {
    }

    static int[] of(IndexSearcher searcher, String kind) throws IOException {
        int[][] docs = {new int[1024]};
        int[] size = {0};
        searcher.search(Schema.kind(kind), new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                if (size[0] == docs[0].length) {
                    docs[0] = Arrays.copyOf(docs[0], docs[0].length * 2);
                }
                docs[0][size[0]++] = base + doc;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return Arrays.copyOf(docs[0], size[0]);
    }
}
