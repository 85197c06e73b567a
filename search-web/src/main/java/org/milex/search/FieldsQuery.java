package org.milex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A word in several fields, scored as Lucene's {@link DisjunctionMaxQuery} scores it (the best field, plus
 * {@code tie} times the others), but able to skip what cannot reach the top hits.
 *
 * <p>Lucene's own scorer passes no minimum score down when {@code tie} is above 0, so a search for the best
 * ten scored every document holding a common word: at a million documents, hundreds of milliseconds. This one
 * prunes as Lucene's MaxScore does for sums: the fields whose best possible scores together cannot reach the
 * lowest competitive score are not searched for documents of their own, only consulted for the documents the
 * other fields find; and when one field is left to lead, it is told the lowest score it must reach, so that its
 * postings skip whole blocks. A title or number match is rare and weighs much; once the ten best hits hold
 * one, the long postings of the text fields are only consulted. Counts and facets do not score: for them the
 * fields are one flat disjunction of their terms.
 */
final class FieldsQuery extends Query {

    private final List<Query> fields;
    private final float tie;

    FieldsQuery(List<Query> fields, float tie) {
        if (tie < 0 || tie > 1) {
            throw new IllegalArgumentException("tie must be within [0, 1]: " + tie);
        }
        this.fields = List.copyOf(fields);
        this.tie = tie;
    }

    /** The field queries, as given. */
    List<Query> fields() {
        return fields;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        List<Query> rewritten = new ArrayList<>();
        boolean changed = false;
        for (Query f : fields) {
            Query r = f.rewrite(searcher);
            changed |= r != f;
            rewritten.add(r);
        }
        return changed ? new FieldsQuery(rewritten, tie) : this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            // what matches, without scores: Lucene's disjunction of the fields' own terms, read in windows
            // of bit sets, is several times faster than a disjunction-max that keeps its scorers in a heap
            return searcher.createWeight(searcher.rewrite(anyOf(this)), scoreMode, boost);
        }
        if (scoreMode != ScoreMode.TOP_SCORES || tie == 0) {
            // with no tie, Lucene's scorer passes the minimum score to every field, which is as good
            return new DisjunctionMaxQuery(fields, tie).createWeight(searcher, scoreMode, boost);
        }
        List<Weight> weights = new ArrayList<>();
        for (Query f : fields) {
            weights.add(searcher.createWeight(f, scoreMode, boost));
        }
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                List<ScorerSupplier> suppliers = new ArrayList<>();
                long cost = 0;
                for (Weight w : weights) {
                    ScorerSupplier s = w.scorerSupplier(ctx);
                    if (s != null) {
                        suppliers.add(s);
                        cost += s.cost();
                    }
                }
                if (suppliers.isEmpty()) {
                    return null;
                }
                if (suppliers.size() == 1) {
                    return suppliers.get(0);
                }
                long total = cost;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        List<Scorer> scorers = new ArrayList<>();
                        for (ScorerSupplier s : suppliers) {
                            scorers.add(s.get(leadCost));
                        }
                        return new Pruned(scorers, tie, total);
                    }

                    @Override
                    public long cost() {
                        return total;
                    }
                };
            }

            // Lucene's own weight, built only when asked for (its terms would otherwise be looked up twice)
            private Weight exhaustive() throws IOException {
                return new DisjunctionMaxQuery(fields, tie).createWeight(searcher, scoreMode, boost);
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                return exhaustive().explain(ctx, doc);
            }

            @Override
            public Matches matches(LeafReaderContext ctx, int doc) throws IOException {
                return exhaustive().matches(ctx, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return weights.stream().allMatch(w -> w.isCacheable(ctx));
            }
        };
    }

    /**
     * The leaves of nested fields queries, as the clauses of one disjunction that matches the same documents.
     * A phrase is left out when one of its words is itself a leaf in the same field: it matches nowhere that
     * word does not, and checking its positions in every document that holds its words ("reglamento de la
     * ley") was most of what counting a common word cost.
     */
    private static Query anyOf(Query q) {
        Set<Query> leaves = new LinkedHashSet<>();
        leavesOf(q, leaves);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query leaf : leaves) {
            if (!(leaf instanceof PhraseQuery p) || Arrays.stream(p.getTerms()).noneMatch(t -> leaves.contains(new TermQuery(t)))) {
                any.add(leaf, BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static void leavesOf(Query q, Set<Query> into) {
        if (q instanceof FieldsQuery f) {
            f.fields().forEach(sub -> leavesOf(sub, into));
        } else if (q instanceof DisjunctionMaxQuery d) {
            d.getDisjuncts().forEach(sub -> leavesOf(sub, into));
        } else if (q instanceof BoostQuery b) {
            leavesOf(b.getQuery(), into);
        } else {
            into.add(q);
        }
    }

    /**
     * The scorer. {@code bySize} orders the fields by their best possible score; the first {@code led} of them
     * are the ones that no longer lead (their bounds together stay below the lowest competitive score).
     */
    static final class Pruned extends Scorer {
        private final Scorer[] subs;
        private final DocIdSetIterator[] its;
        private final int[] bySize;
        /** {@code bound[k]}: the best score a document found only by the {@code k} weakest fields can get. */
        private final double[] bound;
        private final float tie;
        private final long cost;
        private int led;
        private int doc = -1;
        private int scoredDoc = -1;
        private float score;

        Pruned(List<Scorer> scorers, float tie, long cost) throws IOException {
            this.tie = tie; // first: the bounds below are computed with it
            this.cost = cost;
            int n = scorers.size();
            this.subs = scorers.toArray(new Scorer[0]);
            this.its = new DocIdSetIterator[n];
            float[] max = new float[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                its[i] = subs[i].iterator();
                max[i] = subs[i].getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Float.compare(max[a], max[b]));
            this.bySize = new int[n];
            this.bound = new double[n + 1];
            double sum = 0;
            double best = 0;
            for (int k = 0; k < n; k++) {
                bySize[k] = order[k];
                sum += max[order[k]];
                best = Math.max(best, max[order[k]]);
                bound[k + 1] = upper(best, sum);
            }
        }

        /** (1 − tie) × best + tie × sum, widened a little against the rounding of float sums. */
        private double upper(double best, double sum) {
            return ((1 - tie) * best + tie * sum) * (1 + 1e-5);
        }

        private final DocIdSetIterator iterator = new DocIdSetIterator() {
            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() throws IOException {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) throws IOException {
                int next = NO_MORE_DOCS;
                for (int k = led; k < bySize.length; k++) {
                    DocIdSetIterator it = its[bySize[k]];
                    int d = it.docID();
                    if (d < target) {
                        d = it.advance(target);
                    }
                    next = Math.min(next, d);
                }
                doc = next;
                return next;
            }

            @Override
            public long cost() {
                return cost;
            }
        };

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public int docID() {
            return doc;
        }

        /**
         * Summed as Lucene's DisjunctionMaxScorer sums. The order of the fields differs, so a score can differ in
         * its last bit, and two hits of all but equal scores change places.
         */
        @Override
        public float score() throws IOException {
            if (scoredDoc != doc) {
                float best = 0;
                double others = 0;
                for (int i = 0; i < subs.length; i++) {
                    int d = its[i].docID();
                    if (d < doc) {
                        d = its[i].advance(doc);
                    }
                    if (d == doc) {
                        float s = subs[i].score();
                        if (s >= best) {
                            others += best;
                            best = s;
                        } else {
                            others += s;
                        }
                    }
                }
                score = (float) (best + others * tie);
                scoredDoc = doc;
            }
            return score;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            int n = bySize.length;
            while (led < n && bound[led + 1] < minScore) {
                led++;
            }
            if (led == n - 1) {
                // one field leads: a document it finds needs at least this much of its own (the others add at
                // most bound[led]); while it leads that bound is fixed, so what it is told never decreases
                double own = minScore - bound[led];
                if (own > 0) {
                    subs[bySize[led]].setMinCompetitiveScore((float) (own * (1 - 1e-5)));
                }
            }
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            int upTo = DocIdSetIterator.NO_MORE_DOCS;
            for (Scorer s : subs) {
                if (s.docID() <= target) {
                    upTo = Math.min(upTo, s.advanceShallow(target));
                } else if (s.docID() != DocIdSetIterator.NO_MORE_DOCS) {
                    upTo = Math.min(upTo, s.docID() - 1);
                }
            }
            return upTo;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            double best = 0;
            double sum = 0;
            for (Scorer s : subs) {
                if (s.docID() <= upTo) {
                    float m = s.getMaxScore(upTo);
                    best = Math.max(best, m);
                    sum += m;
                }
            }
            return (float) upper(best, sum);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            List<ChildScorable> children = new ArrayList<>();
            for (Scorer s : subs) {
                children.add(new ChildScorable(s, "SHOULD"));
            }
            return children;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        fields.forEach(f -> f.visit(v));
    }

    @Override
    public String toString(String field) {
        return new DisjunctionMaxQuery(fields, tie).toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && fields.equals(((FieldsQuery) other).fields) && tie == ((FieldsQuery) other).tie;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + fields.hashCode()) + Float.hashCode(tie);
    }
}
