package org.milex.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.milex.indexer.index.Schema;

/**
 * How much an instrument's relevance counts: a catalog record without its text competes on its title, number
 * and summary, not ahead of texts that treat the subject in depth; a repealed instrument ranks below a current
 * one of equal relevance. Both weights were chosen on the judged queries (docs/relevance.md).
 */
final class InstrumentWeights extends DoubleValuesSource {

    static final double RECORD_ONLY = Tuning.weight("record_only", 0.4f);
    static final double REPEALED = Tuning.weight("repealed", 0.8f);

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues hasText = DocValues.getNumeric(ctx.reader(), Schema.HAS_TEXT);
        NumericDocValues repealed = DocValues.getNumeric(ctx.reader(), Schema.REPEALED);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double v = 1;
                if (!hasText.advanceExact(doc) || hasText.longValue() == 0) {
                    v *= RECORD_ONLY;
                }
                if (repealed.advanceExact(doc) && repealed.longValue() == 1) {
                    v *= REPEALED;
                }
                value = v;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return true;
    }

    @Override
    public int hashCode() {
        return InstrumentWeights.class.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InstrumentWeights;
    }

    @Override
    public String toString() {
        return "instrument weights (records " + RECORD_ONLY + ", repealed " + REPEALED + ")";
    }
}
