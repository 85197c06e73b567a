package org.milex.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The pruned disjunction finds the same best hits, with the same scores, as Lucene's DisjunctionMaxQuery scoring
 * every match, over random documents whose fields hold the words at random frequencies and lengths; and it
 * scores fewer documents to do it.
 */
class FieldsQueryTest {

    private static final String[] FIELDS = {"title", "text", "summary", "number"};
    private static final float[] BOOSTS = {3f, 1f, 0.5f, 5f};
    private static final String[] WORDS = {"asylum", "refugee", "visa", "border", "permit", "the", "of", "section"};

    @Test
    void theBestHitsAreThoseOfTheExhaustiveDisjunctionMax() throws Exception {
        Random random = new Random(42);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setMaxBufferedDocs(3_000); // several segments
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < 20_000; i++) {
                    Document d = new Document();
                    d.add(new StringField("kind", i % 7 == 0 ? "other" : "instrument", Field.Store.NO));
                    for (int f = 0; f < FIELDS.length; f++) {
                        // titles and numbers short and rare, texts long and frequent, as in a legal index
                        double presence = f == 1 ? 0.9 : f == 2 ? 0.5 : 0.08;
                        if (random.nextDouble() < presence) {
                            d.add(new TextField(FIELDS[f], words(random, f == 1 ? 5 + random.nextInt(400) : 1 + random.nextInt(8)), Field.Store.NO));
                        }
                    }
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                int compared = 0;
                for (float tie : new float[] {0.1f, 0.3f, 0.7f}) {
                    for (String word : WORDS) {
                        compare(searcher, new FieldsQuery(fields(word), tie), new DisjunctionMaxQuery(fields(word), tie));
                        // inside a conjunction with a filter, and beside a second word
                        Query kind = new TermQuery(new Term("kind", "instrument"));
                        compare(searcher, and(new FieldsQuery(fields(word), tie), kind), and(new DisjunctionMaxQuery(fields(word), tie), kind));
                        String other = WORDS[(word.length() * 7) % WORDS.length];
                        compare(searcher, both(new FieldsQuery(fields(word), tie), new FieldsQuery(fields(other), tie)),
                                both(new DisjunctionMaxQuery(fields(word), tie), new DisjunctionMaxQuery(fields(other), tie)));
                        compared += 3;
                    }
                }
                assertEquals(3 * 3 * WORDS.length, compared);
                // fields of equal weight and a large tie: a document in several fields outranks one in the best
                // field alone, and the bounds must count what the other fields add
                for (String word : WORDS) {
                    List<Query> even = new ArrayList<>();
                    for (String f : FIELDS) {
                        even.add(new TermQuery(new Term(f, word)));
                    }
                    compare(searcher, new FieldsQuery(even, 0.9f), new DisjunctionMaxQuery(even, 0.9f));
                }
                // a count does not score, and counts what the disjunction matches
                for (String word : WORDS) {
                    assertEquals(searcher.count(new DisjunctionMaxQuery(fields(word), 0.1f)), searcher.count(new FieldsQuery(fields(word), 0.1f)));
                    List<Query> withPhrase = new ArrayList<>(fields(word));
                    withPhrase.add(new PhraseQuery("text", word, "of"));
                    assertEquals(searcher.count(new DisjunctionMaxQuery(withPhrase, 0.1f)), searcher.count(new FieldsQuery(withPhrase, 0.1f)));
                }
                // and it skips: a common word's best ten are found without looking at every match
                TopDocs pruned = searcher.search(new FieldsQuery(fields("asylum"), 0.1f), new TopScoreDocCollectorManager(10, 10));
                long all = searcher.count(new FieldsQuery(fields("asylum"), 0.1f));
                assertTrue(pruned.totalHits.value() < all / 2, pruned.totalHits + " collected of " + all);
            }
        }
    }

    private static void compare(IndexSearcher searcher, Query pruned, Query exhaustive) throws Exception {
        TopDocs expected = searcher.search(exhaustive, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
        TopDocs actual = searcher.search(pruned, new TopScoreDocCollectorManager(10, 10));
        assertArrayEquals(docs(expected), docs(actual), pruned.toString());
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-6f, pruned + " at " + i);
        }
    }

    private static int[] docs(TopDocs top) {
        int[] out = new int[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            out[i] = sd.doc;
        }
        return out;
    }

    private static List<Query> fields(String word) {
        List<Query> out = new ArrayList<>();
        for (int f = 0; f < FIELDS.length; f++) {
            out.add(new BoostQuery(new TermQuery(new Term(FIELDS[f], word)), BOOSTS[f]));
        }
        return out;
    }

    private static Query and(Query q, Query filter) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.MUST).build();
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // a skewed draw: the first words are much more frequent, as function words are
            b.append(WORDS[Math.min(WORDS.length - 1, (int) Math.abs(random.nextGaussian() * 3))]).append(' ');
        }
        return b.toString();
    }
}
