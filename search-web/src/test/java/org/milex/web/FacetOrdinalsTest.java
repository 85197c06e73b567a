package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milex.indexer.index.Schema;
import org.milex.search.FacetOrdinals;

/** The facets tallied from FacetOrdinals' arrays are Lucene's own, value for value and in the same order. */
class FacetOrdinalsTest {

    private static final FacetsConfig CONFIG = Schema.facetsConfig();

    private static List<Query> queries() {
        Query instruments = Schema.kind(Schema.KIND_INSTRUMENT);
        return List.of(instruments,
                and(instruments, new TermQuery(new Term(Schema.COUNTRY, "CA"))),
                and(instruments, new TermQuery(new Term(Schema.TOPIC, "asylum-refugees"))),
                and(instruments, new TermQuery(new Term(Schema.TYPE, "regulation"))),
                and(instruments, new TermQuery(new Term(Schema.COUNTRY, "nowhere"))));
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
    }

    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static DefaultSortedSetDocValuesReaderState state;
    private static FacetOrdinals ordinals;

    @BeforeAll
    static void openTheSitesIndex() throws Exception {
        reader = DirectoryReader.open(FSDirectory.open(TestSite.get().index));
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        ordinals = FacetOrdinals.of(reader, state);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    @Test
    void countsAreLucenesOwn() throws Exception {
        int compared = 0;
        for (Query q : queries()) {
            FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
            compared += same(new SortedSetDocValuesFacetCounts(state, fc), ordinals.count(fc), q.toString());
        }
        assertTrue(compared >= 20, "only " + compared + " facet results compared");
    }

    @Test
    void drillSidewaysCountsAreLucenesOwn() throws Exception {
        DrillDownQuery q = new DrillDownQuery(CONFIG, Schema.kind(Schema.KIND_INSTRUMENT));
        q.add(Schema.COUNTRY, "CA");
        q.add(Schema.COUNTRY, "MX");
        q.add(Schema.TYPE, "law");
        DrillSideways.DrillSidewaysResult lucene = new DrillSideways(searcher, CONFIG, state).search(q, 10);
        DrillSideways.DrillSidewaysResult ours = ordinals.sideways(searcher, CONFIG).search(q, 10);
        assertEquals(lucene.hits.totalHits, ours.hits.totalHits);
        assertTrue(same(lucene.facets, ours.facets, "drill sideways") >= 5);
    }

    /** Compares every dimension at two depths; returns how many non-empty results were compared. */
    private static int same(Facets expected, Facets actual, String what) throws Exception {
        int compared = 0;
        for (String dim : Schema.FACETS) {
            for (int topN : new int[] {3, 1000}) {
                FacetResult e = expected.getTopChildren(topN, dim);
                FacetResult a = actual.getTopChildren(topN, dim);
                if (e == null) {
                    assertEquals(null, a, what + " " + dim);
                    continue;
                }
                assertNotNull(a, what + " " + dim);
                assertEquals(Arrays.asList(e.labelValues), Arrays.asList(a.labelValues), what + " " + dim + " top " + topN);
                assertEquals(e.childCount, a.childCount, what + " " + dim + " children");
                assertEquals(e.value, a.value, what + " " + dim + " value");
                compared++;
            }
        }
        return compared;
    }
}
