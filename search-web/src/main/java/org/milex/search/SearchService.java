package org.milex.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.milex.indexer.extract.Articles;
import org.milex.indexer.index.Instrument;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;
import org.milex.indexer.thesaurus.Thesaurus;

/**
 * Searches a MILEX index. An instrument is one result: the query ranks instrument documents (with facet filters
 * by DrillSideways, so choosing a country keeps the other countries and their counts in view, a year range, a
 * sort and a page); then, for the instruments on the page, their passages say which version and which article
 * match best, and give the snippets. Thread-safe; picks up a re-built index on {@link #refresh()}.
 */
public final class SearchService implements Closeable {

    private static final int FACET_VALUES = 200;
    /**
     * From how many instruments a faceted search by relevance counts in one pass and finds its best hits in a
     * second that skips (see run). Below, one pass that scores every match is cheaper: on the bulk set (9,122
     * instruments) it served 12 % more searches a second at 4 clients; at 98,874 the two passes cut p99 by a
     * sixth to two fifths at the same throughput, and at 1M by half. The sizes between were not measured.
     * {@code -Dmilex.search.passes=1} or {@code =2} forces one way, for measuring them.
     */
    private static final int DEFAULT_TWO_PASSES_FROM = switch (System.getProperty("milex.search.passes", "auto")) {
        case "1" -> Integer.MAX_VALUE;
        case "2" -> 0;
        default -> 30_000;
    };
    /** Passages read per hit on the page, to find each instrument's best articles. */
    private static final int PASSAGES_PER_HIT = 40;
    /** What a hit shows of a passage: where it is, never its text (the highlighter reads that itself). */
    private static final Set<String> PASSAGE_FACTS = Set.of(Schema.INSTRUMENT, Schema.OWNER, Schema.ANCHOR, Schema.LABEL, Schema.OFFSET);
    /** Other matching articles listed under a hit. */
    private static final int OTHER_ARTICLES = 3;
    /** Instruments found by "in the same article" at the most: a broader request is refused. */
    private static final int MAX_SAME_ARTICLE = 100_000;

    /**
     * The threads that search an index's slices (groups of segments) side by side, one per core, so that a search
     * of a large index uses both cores when the machine has them; none on one core, or with
     * {@code -Dmilex.search.slices=false}. Apart from the searches' own pool ({@link Deadline}), which waits on them.
     */
    private static final ExecutorService SLICES = Runtime.getRuntime().availableProcessors() < 2
            || !Boolean.parseBoolean(System.getProperty("milex.search.slices", "true")) ? null
            : Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "milex-slice");
                t.setDaemon(true);
                return t;
            });

    private final Directory directory;
    private final SearcherManager searchers;
    private volatile int twoPassesFrom;
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final Analyzer analyzer = Schema.analyzer();
    private final QueryFactory queries = new QueryFactory(analyzer, Thesaurus.bundled());
    private final Suggestions suggestions = new Suggestions();
    private volatile ReaderState readerState;

    /**
     * What is worked out once per index reader: the facets' ordinals (null while the index has none), the short
     * names the index knows, and its merged field infos (the highlighter would merge them anew for every hit: a
     * tenth of a search's time at 100k).
     */
    private record ReaderState(IndexReader reader, FacetOrdinals facets, Set<String> names,
                               org.apache.lucene.index.FieldInfos fieldInfos, int instruments) {
    }

    private SearchService(Directory directory) throws IOException {
        this.directory = directory;
        this.twoPassesFrom = DEFAULT_TWO_PASSES_FROM;
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = SLICES == null ? new IndexSearcher(reader) : new IndexSearcher(reader, SLICES);
                searcher.setSimilarity(Schema.similarity());
                return searcher;
            }
        });
    }

    /** Opens the index in a folder; fails with a clear message when there is none. */
    public static SearchService open(Path folder) throws IOException {
        Directory dir = SearchDirectory.open(folder);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new IOException("no MILEX index in " + folder + " (build one with: milex.jar index --source PATH --index " + folder + ")");
        }
        return new SearchService(dir);
    }

    /**
     * Sets from how many instruments a faceted search by relevance takes two passes instead of one (0: always,
     * {@link Integer#MAX_VALUE}: never); both give the same results, at different costs.
     */
    public SearchService twoPassesFrom(int instruments) {
        this.twoPassesFrom = instruments;
        return this;
    }

    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return Deadline.within(Deadline.DEFAULT_MS, () -> searchNow(request));
    }

    private SearchResult searchNow(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            ReaderState state = state(searcher.getIndexReader());
            QueryFactory.Parsed parsed = queries.parse(request.q(), request.expand(), state.names(), false);
            SearchResult result = run(searcher, state, request, parsed, false);
            if (result.total() == 0 && parsed.relaxable()) {
                result = run(searcher, state, request, queries.parse(request.q(), request.expand(), state.names(), true), true);
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequest("the query expands to too many terms (a short wildcard such as a*?); make it more specific");
        } finally {
            searchers.release(searcher);
        }
    }

    private SearchResult run(IndexSearcher searcher, ReaderState state, SearchRequest request, QueryFactory.Parsed parsed,
                             boolean relaxed) throws IOException {
        DrillDownQuery query = matchQuery(searcher, request, parsed);
        int topN = request.page() * request.size();
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        Sort sort = sortOf(request);
        TopDocs top;
        if (state.facets() == null) {
            top = sort == null ? searcher.search(query, topN) : searcher.search(query, topN, sort, true);
        } else if (sort == null && state.instruments() >= twoPassesFrom) {
            // Two passes on a large index: the facets and the total from every match, unscored, then the best
            // hits from a pass that skips what cannot reach them. One pass has to score every match, since the
            // facets need them all, and a word common to most of a million documents then costs hundreds of
            // milliseconds; on a small one that is cheaper than reading the matches twice.
            DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = state.facets().sideways(searcher, facetsConfig)
                    .search(query, new TotalHitCountCollectorManager(searcher.getSlices()));
            for (String dim : Schema.FACETS) {
                facets.put(dim, facetValues(counted.facets, dim));
            }
            top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, topN), Math.max(1, topN)));
            top = new TopDocs(new TotalHits(counted.collectorResult, TotalHits.Relation.EQUAL_TO), top.scoreDocs);
        } else {
            DrillSideways sideways = state.facets().sideways(searcher, facetsConfig);
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
        List<SearchResult.Hit> hits = hits(searcher, parsed, request, page);
        List<String> suggested = total < Suggestions.FEW ? suggestions.suggest(searcher.getIndexReader(), parsed.words()) : List.of();
        return new SearchResult(total, request.page(), request.size(), relaxed, hits, facets, parsed.expanded(), suggested);
    }

    /** The instruments a request's words, filters and years match, weighted for ranking; facet filters as drill-downs. */
    private DrillDownQuery matchQuery(IndexSearcher searcher, SearchRequest request, QueryFactory.Parsed parsed) throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(parsed.instruments(), BooleanClause.Occur.MUST);
        if (!Schema.matchesInstrumentsOnly(parsed.instruments())) {
            // only when needed: beside a common word, the filter made counting the matches 3-8 times slower
            base.add(Schema.kind(Schema.KIND_INSTRUMENT), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            int from = request.from() == null ? Integer.MIN_VALUE : request.from();
            int to = request.to() == null ? Integer.MAX_VALUE : request.to();
            base.add(IntPoint.newRangeQuery(Schema.YEAR_POINT, from, to), BooleanClause.Occur.FILTER);
        }
        if (parsed.sameArticle() != null) {
            base.add(new TermInSetQuery(Schema.INSTRUMENT, instrumentsWith(searcher, parsed.sameArticle())), BooleanClause.Occur.FILTER);
        }
        // a catalog record alone, and a repealed instrument, rank below a full text in force of equal relevance
        Query weighted = InstrumentWeights.applied(base.build());
        DrillDownQuery query = new DrillDownQuery(facetsConfig, weighted);
        request.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
        return query;
    }

    /**
     * The instruments matching a request's words and filters, all of them up to {@code limit}, in the request's
     * order: what an export lists and a timeline counts. The same instruments the search counts, relaxed to any
     * word when the search would be.
     */
    public List<Listing> matching(SearchRequest request, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            ReaderState state = state(searcher.getIndexReader());
            QueryFactory.Parsed parsed = queries.parse(request.q(), request.expand(), state.names(), false);
            DrillDownQuery query = matchQuery(searcher, request, parsed);
            if (parsed.relaxable() && searcher.count(query) == 0) {
                query = matchQuery(searcher, request, queries.parse(request.q(), request.expand(), state.names(), true));
            }
            Sort sort = sortOf(request);
            TopDocs top = sort == null ? searcher.search(query, Math.max(1, limit)) : searcher.search(query, Math.max(1, limit), sort, false);
            StoredFields stored = searcher.storedFields();
            List<Listing> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(Listing.of(stored.document(sd.doc)));
            }
            return out;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequest("the query expands to too many terms (a short wildcard such as a*?); make it more specific");
        } finally {
            searchers.release(searcher);
        }
    }

    private static Sort sortOf(SearchRequest request) {
        return switch (request.sort()) {
            case "date" -> new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case "oldest" -> new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, false), SortField.FIELD_SCORE);
            default -> null;
        };
    }


    /** The instruments that have a passage matching a query ("in the same article"). */
    private static List<BytesRef> instrumentsWith(IndexSearcher searcher, Query passageQuery) throws IOException {
        Query q = new BooleanQuery.Builder().add(passageQuery, BooleanClause.Occur.MUST)
                .add(Schema.kind(Schema.KIND_PASSAGE), BooleanClause.Occur.FILTER).build();
        Set<BytesRef> keys = new HashSet<>();
        searcher.search(q, new SimpleCollector() {
            private SortedDocValues instrument;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                instrument = context.reader().getSortedDocValues(Schema.INSTRUMENT);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (instrument != null && instrument.advanceExact(doc)) {
                    keys.add(BytesRef.deepCopyOf(instrument.lookupOrd(instrument.ordValue())));
                    if (keys.size() > MAX_SAME_ARTICLE) {
                        throw new BadRequest("the search in the same article matches too many instruments; add words");
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return new ArrayList<>(keys);
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
        int start = Math.min(all.length, (request.page() - 1) * request.size());
        return java.util.Arrays.copyOfRange(all, start, all.length);
    }

    /**
     * A matching passage. Its owner comes from doc values, so that the passages of a page (up to
     * {@link #PASSAGES_PER_HIT} per hit) can be sorted by version without touching stored fields; where it
     * stands (anchor, label, offset) is read, also from doc values, only for the few passages a hit shows.
     * An index written before schema 6 has them in stored fields, and is read from those.
     */
    private static final class Found {
        final int doc;
        final float score;
        private final LeafReaderContext leaf;
        private final StoredFields stored;
        /** Written before schema 6, when a passage's place was stored with its text. */
        private final boolean storedOnly;
        private String owner;
        private Document facts;

        Found(int doc, float score, String owner, LeafReaderContext leaf, StoredFields stored) {
            this.doc = doc;
            this.score = score;
            this.owner = owner;
            this.leaf = leaf;
            this.stored = stored;
            FieldInfo offset = leaf.reader().getFieldInfos().fieldInfo(Schema.OFFSET);
            this.storedOnly = offset == null || offset.getDocValuesType() != DocValuesType.NUMERIC;
        }

        int doc() {
            return doc;
        }

        String owner() {
            if (owner == null) {
                owner = facts().get(Schema.OWNER); // an index written before passages had the owner in doc values
            }
            return owner;
        }

        String anchor() {
            return storedOnly ? facts().get(Schema.ANCHOR) : unchecked(() -> docValue(leaf, Schema.ANCHOR, doc - leaf.docBase));
        }

        String label() {
            return storedOnly ? facts().get(Schema.LABEL) : unchecked(() -> binaryValue(leaf, Schema.LABEL, doc - leaf.docBase));
        }

        int offset() {
            if (storedOnly) {
                var offset = facts().getField(Schema.OFFSET);
                return offset == null ? 0 : offset.numericValue().intValue();
            }
            return unchecked(() -> {
                NumericDocValues offsets = DocValues.getNumeric(leaf.reader(), Schema.OFFSET);
                return offsets.advanceExact(doc - leaf.docBase) ? (int) offsets.longValue() : 0;
            });
        }

        /** The headings its snippets are named by, or null when the index does not keep them by passage. */
        List<Articles.Heading> parts() {
            if (storedOnly) {
                return null;
            }
            String parts = unchecked(() -> binaryValue(leaf, Schema.PARTS, doc - leaf.docBase));
            return parts == null ? List.of() : Articles.decode(parts);
        }

        private static <T> T unchecked(IOSupplier<T> read) {
            try {
                return read.get();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private Document facts() {
            if (facts == null) {
                try {
                    facts = Schema.facts(stored, doc, PASSAGE_FACTS);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return facts;
        }
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, QueryFactory.Parsed parsed, SearchRequest request, ScoreDoc[] page)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Document> instruments = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc);
            instruments.add(d);
            keys.add(d.get(Schema.INSTRUMENT));
        }
        Map<String, List<Found>> passages = passages(searcher, parsed, keys, page.length);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < instruments.size(); i++) {
            Document inst = instruments.get(i);
            String key = keys.get(i);
            List<Instrument.Version> versions = Instrument.decodeVersions(inst.get(Schema.VERSIONS));
            List<Found> found = passages.getOrDefault(key, List.of());
            // where the instrument has a full text, it is the text a hit shows and lands on, never the record
            Set<String> texts = new HashSet<>();
            versions.stream().filter(v -> MilexDocument.TEXT.equals(v.kind())).forEach(v -> texts.add(v.id()));
            List<Found> inTexts = texts.isEmpty() ? found : found.stream().filter(f -> texts.contains(f.owner())).toList();
            // a search limited to a language shows the instrument's version in it, where it has one that matches;
            // otherwise the version in the language of the user's words
            List<String> filtered = request.filters().getOrDefault(Schema.LANGUAGE, List.of());
            List<String> languages = filtered.isEmpty() ? parsed.languages() : filtered;
            if (!languages.isEmpty()) {
                Set<String> inLanguage = new HashSet<>();
                versions.stream().filter(v -> languages.contains(v.language())).forEach(v -> inLanguage.add(v.id()));
                List<Found> preferred = inTexts.stream().filter(f -> inLanguage.contains(f.owner())).toList();
                inTexts = preferred.isEmpty() ? inTexts : preferred;
            }
            String shownId = !inTexts.isEmpty() ? inTexts.get(0).owner() : preferred(versions, request).id();
            MilexDocument version = version(searcher, shownId).orElse(null);
            if (version == null) {
                continue; // the index is being rewritten under us; the next refresh has it
            }
            List<Found> own = found.stream().filter(f -> f.owner().equals(shownId)).toList();
            if (own.isEmpty() && !found.isEmpty()) {
                // only the record's summary matches: its snippet says why the instrument was found
                own = List.of(found.get(0));
            }
            Found best = own.isEmpty() ? null : own.get(0);
            String landing = null;
            String label = null;
            // the provision named, where the shown version has it: its passage (every article has one) says so
            Found inIt = parsed.provision() == null ? null : provisionPassage(searcher, parsed, shownId);
            if (inIt != null) {
                landing = parsed.provision();
                best = inIt;
                label = inIt.label();
            } else if (!parsed.citationOnly() && best != null && best.anchor() != null) {
                landing = best.anchor();
                label = best.label();
            }
            List<Snippet> snippets = List.of();
            List<Snippet> others = new ArrayList<>();
            // snippets=false: the landing article and the others that match, without their highlighted text
            if (best != null) {
                snippets = request.snippets() ? snippetsOf(searcher, parsed, best, Highlighting.BEST, version, true) : List.of();
                if (!parsed.citationOnly() && landing != null && best.anchor() != null && !landing.equals(best.anchor())) {
                    landing = best.anchor();
                }
                for (Found f : own) {
                    if (others.size() >= OTHER_ARTICLES) {
                        break;
                    }
                    if (f != best && f.anchor() != null && !f.anchor().equals(best.anchor())
                            && others.stream().noneMatch(o -> f.anchor().equals(o.anchor()))) {
                        // named by their article below, so the parts of it they fall in are not read
                        List<Snippet> s = request.snippets() ? snippetsOf(searcher, parsed, f, Highlighting.OTHER, version, false) : List.<Snippet>of();
                        others.add(s.isEmpty() ? new Snippet("", f.offset(), f.anchor(), f.label()) : s.get(0).withAnchor(f.anchor(), f.label()));
                    }
                }
            }
            hits.add(new SearchResult.Hit(merged(inst, version), snippets, landing, label, others, versions));
        }
        return hits;
    }

    /** The passages of the page's instruments that match the query, best first, by instrument. */
    private Map<String, List<Found>> passages(IndexSearcher searcher, QueryFactory.Parsed parsed, List<String> keys, int hits)
            throws IOException {
        Map<String, List<Found>> out = new LinkedHashMap<>();
        if (parsed.passages() == null || keys.isEmpty()) {
            return out;
        }
        Query q = new BooleanQuery.Builder().add(parsed.passages(), BooleanClause.Occur.MUST)
                .add(Schema.kind(Schema.KIND_PASSAGE), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Schema.INSTRUMENT, keys.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : searcher.search(q, Math.max(1, hits) * PASSAGES_PER_HIT).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            String instrument = docValue(leaf, Schema.INSTRUMENT, sd.doc - leaf.docBase);
            Found f = new Found(sd.doc, sd.score, docValue(leaf, Schema.OWNER, sd.doc - leaf.docBase), leaf, stored);
            out.computeIfAbsent(instrument != null ? instrument : f.facts().get(Schema.INSTRUMENT), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** The passage of the named provision in the version shown. */
    private Found provisionPassage(IndexSearcher searcher, QueryFactory.Parsed parsed, String owner) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.OWNER, owner)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ANCHOR, parsed.provision())), BooleanClause.Occur.FILTER)
                .add(Schema.kind(Schema.KIND_PASSAGE), BooleanClause.Occur.FILTER);
        if (parsed.passages() != null) {
            q.add(parsed.passages(), BooleanClause.Occur.SHOULD);
        }
        TopDocs top = searcher.search(q.build(), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        ScoreDoc sd = top.scoreDocs[0];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return new Found(sd.doc, sd.score, owner, leaves.get(ReaderUtil.subIndex(sd.doc, leaves)), searcher.storedFields());
    }

    /** A document's value of a single-valued keyword field from doc values, or null where it has none. */
    private static String docValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    /** A document's binary doc value as text, or null where it has none. */
    private static String binaryValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    /**
     * The snippets of a passage, each naming the part of its article it falls in ("§ 2º", "(1)") when
     * {@code nameParts}, else its article.
     */
    private List<Snippet> snippetsOf(IndexSearcher searcher, QueryFactory.Parsed parsed, Found passage, int max, MilexDocument version,
                                     boolean nameParts) throws IOException {
        if (parsed.passages() == null) {
            return List.of();
        }
        List<Snippet> raw = Highlighting.snippets(searcher, state(searcher.getIndexReader()).fieldInfos(), analyzer, parsed.passages(), new int[] {passage.doc()}, max).get(0);
        List<Snippet> out = new ArrayList<>();
        // a record's summary has no articles; only the shown version's own passages name one
        List<Articles.Heading> parts = null;
        if (nameParts && !raw.isEmpty() && passage.owner().equals(version.id())) {
            parts = passage.parts();
            parts = parts != null ? parts : version.articles();
        }
        for (Snippet s : raw) {
            int absolute = passage.offset() + s.offset();
            Articles.Heading part = parts == null ? null : Articles.at(parts, absolute);
            out.add(part != null ? new Snippet(s.html(), absolute, part.anchor(), part.label())
                    : new Snippet(s.html(), absolute, passage.anchor(), passage.label()));
        }
        return out;
    }

    /** Without a matching passage, the version to show: one in a chosen language, else the principal. */
    private static Instrument.Version preferred(List<Instrument.Version> versions, SearchRequest request) {
        List<String> langs = request.filters().getOrDefault(Schema.LANGUAGE, List.of());
        return versions.stream().filter(v -> MilexDocument.TEXT.equals(v.kind()) && langs.contains(v.language())).findFirst()
                .or(() -> versions.stream().filter(v -> MilexDocument.TEXT.equals(v.kind())).findFirst())
                .orElse(versions.get(0));
    }

    /** The instrument's facts over the shown version's identity, place and articles. */
    private static MilexDocument merged(Document inst, MilexDocument v) {
        List<String> topics = new ArrayList<>();
        for (var f : inst.getFields(Schema.TOPIC)) {
            topics.add(f.stringValue());
        }
        String year = inst.get(Schema.YEAR);
        // a text is shown under its own title, in its own language ("Immigration Division Rules" for the English
        // text of rules the instrument may be titled in French); a record under the instrument's
        String title = MilexDocument.TEXT.equals(v.kind()) && v.title() != null ? v.title()
                : inst.get(Schema.TITLE) != null ? inst.get(Schema.TITLE) : v.title();
        return new MilexDocument(v.id(), v.kind(), v.source(), title,
                inst.get(Schema.NUMBER) != null ? inst.get(Schema.NUMBER) : v.number(), inst.get(Schema.COUNTRY), inst.get(Schema.TYPE),
                inst.get(Schema.STAGE), topics, v.language(), year == null ? null : Integer.valueOf(year), inst.get(Schema.DATE),
                inst.get(Schema.CATALOG_ID), inst.get(Schema.INSTRUMENT), inst.get(Schema.STATUS),
                v.currentTo() != null ? v.currentTo() : inst.get(Schema.CURRENT_TO), v.contentType(), v.sha256(), Map.of(), v.articles());
    }

    private static Optional<MilexDocument> version(IndexSearcher searcher, String id) throws IOException {
        int doc = versionDoc(searcher, id);
        return doc < 0 ? Optional.empty() : Optional.of(Schema.versionFacts(searcher.getIndexReader(), searcher.storedFields(), doc));
    }

    /** The Lucene document of the version with this id, or -1. */
    private static int versionDoc(IndexSearcher searcher, String id) throws IOException {
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
                .add(Schema.kind(Schema.KIND_VERSION), BooleanClause.Occur.FILTER).build();
        TopDocs found = searcher.search(q, 1);
        return found.scoreDocs.length == 0 ? -1 : found.scoreDocs[0].doc;
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

    private ReaderState state(IndexReader reader) throws IOException {
        ReaderState current = readerState;
        if (current != null && current.reader() == reader) {
            return current;
        }
        synchronized (this) {
            current = readerState;
            if (current == null || current.reader() != reader) {
                SortedSetDocValuesReaderState facets;
                try {
                    facets = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
                } catch (IllegalArgumentException emptyIndex) {
                    facets = null;
                }
                current = new ReaderState(reader, facets == null ? null : FacetOrdinals.of(reader, facets), names(reader),
                        org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader),
                        new IndexSearcher(reader).count(Schema.kind(Schema.KIND_INSTRUMENT)));
                readerState = current;
            }
            return current;
        }
    }

    /** The short names and acronyms the index's instruments are cited by ("name:irpa"). */
    private static Set<String> names(IndexReader reader) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Terms terms = MultiTerms.getTerms(reader, Schema.CITATION);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        if (te.seekCeil(new BytesRef("name:")) == TermsEnum.SeekStatus.END) {
            return out;
        }
        do {
            String t = te.term().utf8ToString();
            if (!t.startsWith("name:")) {
                break;
            }
            out.add(t);
        } while (te.next() != null);
        return out;
    }

    /** A version by id, with its text; empty when there is none. */
    /** A version's original file: where it was read from, its name and its type. */
    public record Original(String origin, String fileName, String contentType) {

        /** Whether the file is still where it was indexed from. */
        public boolean exists() {
            int bang = origin.indexOf("!/");
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(bang < 0 ? origin : origin.substring(0, bang)));
        }

        /** Its bytes, up to a limit; a zip entry is read from its archive. */
        public byte[] read(long maxBytes) throws IOException {
            int bang = origin.indexOf("!/");
            if (bang < 0) {
                java.nio.file.Path p = java.nio.file.Path.of(origin);
                if (java.nio.file.Files.size(p) > maxBytes) {
                    throw new IOException("the original is larger than " + (maxBytes >> 20) + " MB");
                }
                return java.nio.file.Files.readAllBytes(p);
            }
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(origin.substring(0, bang))) {
                java.util.zip.ZipEntry entry = zip.getEntry(origin.substring(bang + 2));
                if (entry == null) {
                    throw new java.nio.file.NoSuchFileException(origin);
                }
                try (var in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        throw new IOException("the original is larger than " + (maxBytes >> 20) + " MB");
                    }
                    return bytes;
                }
            }
        }
    }

    /** Where a version's file came from, when it was indexed from a file (not for a catalog record). */
    public Optional<Original> original(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int doc = versionDoc(searcher, id);
            if (doc < 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(doc, Set.of(Schema.ORIGIN, Schema.SOURCE, Schema.v(Schema.CONTENT_TYPE)));
            String origin = d.get(Schema.ORIGIN);
            if (origin == null) {
                return Optional.empty();
            }
            String source = d.get(Schema.SOURCE);
            String name = source == null ? "original" : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('!')) + 1);
            return Optional.of(new Original(origin, name, d.get(Schema.v(Schema.CONTENT_TYPE))));
        } finally {
            searchers.release(searcher);
        }
    }

    /** What a search matched in a text of a language, to mark on the document page; nothing for a query that cannot run. */
    public TermMarks marks(String q, String language) throws IOException {
        if (q == null || q.isBlank() || language == null || !Schema.LANGUAGES.contains(language)) {
            return TermMarks.NONE;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            QueryFactory.Parsed parsed = queries.parse(q, true, state(searcher.getIndexReader()).names(), false);
            Query passages = parsed.sameArticle() != null ? parsed.sameArticle() : parsed.passages();
            String field = Schema.passageField(language);
            return new TermMarks(analyzer, field, QueryFactory.markTerms(passages, field));
        } catch (BadRequest | IndexSearcher.TooManyClauses e) {
            return TermMarks.NONE;
        } finally {
            searchers.release(searcher);
        }
    }

    public Optional<MilexDocument> document(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int doc = versionDoc(searcher, id);
            return doc < 0 ? Optional.empty() : Optional.of(Schema.fromLucene(searcher.storedFields().document(doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The versions of an instrument (without their texts). */
    public List<MilexDocument> versionsOf(String instrument) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.INSTRUMENT, instrument)), BooleanClause.Occur.FILTER)
                    .add(Schema.kind(Schema.KIND_VERSION), BooleanClause.Occur.FILTER)
                    .build();
            List<MilexDocument> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, 200).scoreDocs) {
                out.add(Schema.versionFacts(searcher.getIndexReader(), stored, sd.doc));
            }
            out.sort(Comparator.comparing(MilexDocument::id));
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The instrument of the version indexed from a source path. */
    public Optional<String> instrumentOfSource(String source) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.SOURCE, source)), BooleanClause.Occur.FILTER)
                    .add(Schema.kind(Schema.KIND_VERSION), BooleanClause.Occur.FILTER).build();
            TopDocs found = searcher.search(q, 1);
            return found.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(Schema.INSTRUMENT)).get(Schema.INSTRUMENT));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The full texts of a catalog record's instrument. */
    public List<MilexDocument> textsOf(String catalogId) throws IOException {
        return versionsOf(catalogId).stream().filter(d -> MilexDocument.TEXT.equals(d.kind())).toList();
    }

    /** Number of instruments searchable. */
    public int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return state(searcher.getIndexReader()).instruments();
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
