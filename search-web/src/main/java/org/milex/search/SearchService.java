package org.milex.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.milex.indexer.extract.Articles;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;

/**
 * Searches a MILEX index: query, facet filters with DrillSideways (choosing a country keeps the other
 * countries and their counts in view), year range, sort, page, snippets. Thread-safe; picks up a
 * re-built index on {@link #refresh()}.
 */
public final class SearchService implements Closeable {

    private static final int FACET_VALUES = 100;

    private final Directory directory;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final Analyzer analyzer = Schema.analyzer();
    private final QueryFactory queries = new QueryFactory(analyzer);
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private SearchService(Directory directory) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(Schema.similarity());
                return searcher;
            }
        });
    }

    /** Opens the index in a folder; fails with a clear message when there is none. */
    public static SearchService open(Path folder) throws IOException {
        Directory dir = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException("no MILEX index in " + folder + " (build one with: milex.jar index --source PATH --index " + folder + ")");
        }
        return new SearchService(dir);
    }

    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            SearchResult result = run(searcher, request, false);
            if (result.total() == 0 && QueryFactory.relaxable(request.q())) {
                result = run(searcher, request, true);
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequest("the query expands to too many terms (a short wildcard such as a*?); make it more specific");
        } finally {
            searchers.release(searcher);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request, boolean relaxed) throws IOException {
        Query userQuery = queries.parse(request.q(), relaxed);
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(userQuery, BooleanClause.Occur.MUST)
                .add(Schema.visible(), BooleanClause.Occur.FILTER);
        if (request.from() != null || request.to() != null) {
            int from = request.from() == null ? Integer.MIN_VALUE : request.from();
            int to = request.to() == null ? Integer.MAX_VALUE : request.to();
            base.add(IntPoint.newRangeQuery(Schema.YEAR_POINT, from, to), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(facetsConfig, base.build());
        request.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));

        int topN = request.page() * request.size();
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        TopDocs top;
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Sort sort = request.sort().equals("date")
                ? new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE) : null;
        if (state == null) {
            top = sort == null ? searcher.search(query, topN) : searcher.search(query, topN, sort, true);
        } else {
            DrillSideways sideways = new DrillSideways(searcher, facetsConfig, state);
            DrillSideways.DrillSidewaysResult result = sort == null
                    ? sideways.search(query, topN)
                    : sideways.search(query, null, null, topN, sort, true);
            top = result.hits;
            for (String dim : Schema.FACETS) {
                facets.put(dim, facetValues(result.facets, dim));
            }
        }
        // Lucene counts exactly up to a threshold; beyond it, count once more.
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(query);
        ScoreDoc[] page = pageOf(top.scoreDocs, request);
        return new SearchResult(total, request.page(), request.size(), relaxed, hits(searcher, userQuery, page), facets);
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
        int start = Math.min(all.length, (request.page() - 1) * request.size());
        return java.util.Arrays.copyOfRange(all, start, all.length);
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query userQuery, ScoreDoc[] page) throws IOException {
        int[] docs = java.util.Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
        List<List<Snippet>> snippets = Highlighting.snippets(searcher, analyzer, userQuery, docs);
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            MilexDocument d = Schema.fromLucene(stored.document(docs[i], Schema.listFields()));
            List<Articles.Heading> headings = d.articles();
            List<Snippet> located = snippets.get(i).stream().map(s -> s.withArticle(Articles.at(headings, s.offset()))).toList();
            hits.add(new SearchResult.Hit(d, located));
        }
        return hits;
    }

    private static List<SearchResult.FacetValue> facetValues(Facets facets, String dim) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException noValuesYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResult.FacetValue> values = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
        }
        if (dim.equals(Schema.YEAR)) {
            values.sort(Comparator.comparing(SearchResult.FacetValue::value).reversed());
        }
        return values;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current == null || current.reader() != reader) {
                SortedSetDocValuesReaderState state;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
                } catch (IllegalArgumentException emptyIndex) {
                    state = null;
                }
                current = new FacetState(reader, state);
                facetState = current;
            }
            return current.state();
        }
    }

    /** A document by id, with its text; empty when there is none. */
    public Optional<MilexDocument> document(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(Schema.fromLucene(searcher.storedFields().document(found.scoreDocs[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The documents (full texts) joined to a catalog record. */
    public List<MilexDocument> textsOf(String catalogId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.CATALOG_ID, catalogId)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.KIND, MilexDocument.TEXT)), BooleanClause.Occur.FILTER)
                    .build();
            List<MilexDocument> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
                out.add(Schema.fromLucene(stored.document(sd.doc, Schema.listFields())));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of documents visible in searches. */
    public int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(Schema.visible());
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
