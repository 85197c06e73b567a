package org.milex.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.milex.indexer.index.Schema;

/**
 * How much an instrument's relevance counts: a catalog record without its text competes on its title, number
 * and summary, not ahead of texts that treat the subject in depth; a repealed instrument ranks below a current
 * one of equal relevance. Both weights were chosen on the judged queries (docs/relevance.md).
 *
 * <p>The weights multiply the wrapped query's score and are never above 1, so the wrapped query's own score
 * bounds are still bounds: a search for the top hits can skip the blocks of postings that cannot reach them
 * (Lucene's block-max pruning). Lucene's {@code FunctionScoreQuery} gives no bounds, and at a million documents
 * every match was scored. The weights change no match, so a search that does not score (a count, the facets)
 * runs the wrapped query untouched.
 */
final class InstrumentWeights extends Query {

    static final float RECORD_ONLY = Tuning.weight("record_only", 0.4f);
    static final float REPEALED = Tuning.weight("repealed", 0.8f);
    /** The largest weight an instrument can get: 1 unless a tuning run sets a weight above it. */
    private static final float MAX = Math.max(Math.max(1f, RECORD_ONLY * REPEALED), Math.max(RECORD_ONLY, REPEALED));

    private final Query in;

    private InstrumentWeights(Query in) {
        this.in = in;
    }

    /** The query, its scores weighted by the instruments they find. */
    static Query applied(Query query) {
        return new InstrumentWeights(query);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new InstrumentWeights(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier supplier = inner.scorerSupplier(ctx);
                if (supplier == null) {
                    return null;
                }
                Factors factors = new Factors(ctx);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new Weighted(supplier.get(leadCost), factors);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        return new WeightedBulk(supplier.bulkScorer(), factors);
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public int count(LeafReaderContext ctx) throws IOException {
                return inner.count(ctx);
            }

            @Override
            public Matches matches(LeafReaderContext ctx, int doc) throws IOException {
                return inner.matches(ctx, doc);
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation e = inner.explain(ctx, doc);
                if (!e.isMatch()) {
                    return e;
                }
                float f = new Factors(ctx).of(doc);
                return Explanation.match(e.getValue().floatValue() * f, "weighted by the instrument, × " + f, e);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return inner.isCacheable(ctx);
            }
        };
    }

    /** A leaf's weights, read forwards as the documents are scored. */
    private static final class Factors {
        private final NumericDocValues hasText;
        private final NumericDocValues repealed;
        private int doc = -1;
        private float value = 1;

        Factors(LeafReaderContext ctx) throws IOException {
            hasText = DocValues.getNumeric(ctx.reader(), Schema.HAS_TEXT);
            repealed = DocValues.getNumeric(ctx.reader(), Schema.REPEALED);
        }

        float of(int target) throws IOException {
            if (target != doc) {
                float v = 1;
                if (!hasText.advanceExact(target) || hasText.longValue() == 0) {
                    v *= RECORD_ONLY;
                }
                if (repealed.advanceExact(target) && repealed.longValue() == 1) {
                    v *= REPEALED;
                }
                doc = target;
                value = v;
            }
            return value;
        }
    }

    /** The wrapped scorer, its scores weighted and its bounds scaled by the largest weight. */
    private static final class Weighted extends Scorer {
        private final Scorer in;
        private final Factors factors;

        Weighted(Scorer in, Factors factors) {
            this.in = in;
            this.factors = factors;
        }

        @Override
        public float score() throws IOException {
            return in.score() * factors.of(in.docID());
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * MAX;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore / MAX);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }

    /**
     * The wrapped bulk scorer (Lucene's fastest way through a disjunction or a conjunction), each collected
     * document's score weighted on its way to the collector.
     */
    private static final class WeightedBulk extends BulkScorer {
        private final BulkScorer in;
        private final Factors factors;

        WeightedBulk(BulkScorer in, Factors factors) {
            this.in = in;
            this.factors = factors;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            return in.score(new LeafCollector() {
                private final WeightedScorable scorable = new WeightedScorable(factors);

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    scorable.in = scorer;
                    collector.setScorer(scorable);
                }

                @Override
                public void collect(int doc) throws IOException {
                    scorable.doc = doc;
                    collector.collect(doc);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return collector.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    collector.finish();
                }
            }, acceptDocs, min, max);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    private static final class WeightedScorable extends Scorable {
        private final Factors factors;
        private Scorable in;
        private int doc = -1;

        WeightedScorable(Factors factors) {
            this.factors = factors;
        }

        @Override
        public float score() throws IOException {
            return in.score() * factors.of(doc);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore / MAX);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "weighted(" + in.toString(field) + ", records " + RECORD_ONLY + ", repealed " + REPEALED + ")";
    }

    @Override
    public boolean equals(Object obj) {
        return sameClassAs(obj) && in.equals(((InstrumentWeights) obj).in);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}
