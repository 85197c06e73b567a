package org.milex.indexer.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.milex.indexer.catalog.CatalogRecord;

/**
 * A nearest-neighbour model of topics learned from the catalog: each record's titles, summaries and key-article
 * gists are a labelled example, and a document takes a vote of the topics of the records it most resembles
 * (cosine of tf-idf vectors over word prefixes, so that "migración" and "migration" meet). The catalog's
 * topics were judged by reading the instruments, so a new text is compared with how others were judged.
 */
public final class CatalogNeighbours {

    private static final int PREFIX = 6;
    private static final int K = 7;
    /** Words of a document's head that are compared: enough to characterise it, bounded for long codes. */
    private static final int MAX_TOKENS = 30_000;
    private static final int TITLE_WEIGHT = 5;

    private record Example(String id, List<String> topics, Map<String, Double> vector) {
    }

    private final List<Example> examples = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unseenIdf;

    public CatalogNeighbours(Collection<CatalogRecord> records) {
        List<CatalogRecord> usable = records.stream().filter(r -> !r.isAbsence() && !r.topicsOrEmpty().isEmpty()).toList();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (CatalogRecord r : usable) {
            StringBuilder text = new StringBuilder();
            for (String s : new String[] {r.title(), r.titleEn(), r.summaryEn(), r.summaryEs()}) {
                if (s != null) {
                    text.append(s).append('\n');
                }
            }
            r.keyArticlesOrEmpty().forEach(a -> text.append(a.gist()).append('\n'));
            Map<String, Integer> c = prefixCounts(Folding.tokens(text.toString()), 1);
            counts.add(c);
            c.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        int n = Math.max(1, usable.size());
        df.forEach((k, v) -> idf.put(k, Math.log((double) n / (1 + v)) + 1));
        unseenIdf = Math.log(n) + 1;
        for (int i = 0; i < usable.size(); i++) {
            examples.add(new Example(usable.get(i).id(), usable.get(i).topicsOrEmpty(), normalise(counts.get(i))));
        }
    }

    /**
     * Each topic's share of the votes of the K most similar records (similarity-weighted, summing to 1).
     *
     * @param exclude a record id that must not vote (the document's own record, when it is being judged)
     */
    public Map<String, Double> votes(List<String> titleTokens, List<String> tokens, String exclude) {
        Map<String, Integer> q = prefixCounts(tokens.subList(0, Math.min(tokens.size(), MAX_TOKENS)), 1);
        prefixCounts(titleTokens, TITLE_WEIGHT).forEach((k, v) -> q.merge(k, v, Integer::sum));
        Map<String, Double> query = normalise(q);
        List<double[]> sims = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (e.id().equals(exclude)) {
                continue;
            }
            double s = 0;
            Map<String, Double> small = e.vector().size() < query.size() ? e.vector() : query;
            Map<String, Double> large = small == query ? e.vector() : query;
            for (var entry : small.entrySet()) {
                Double w = large.get(entry.getKey());
                if (w != null) {
                    s += w * entry.getValue();
                }
            }
            sims.add(new double[] {s, i});
        }
        sims.sort((a, b) -> Double.compare(b[0], a[0]));
        List<double[]> top = sims.subList(0, Math.min(K, sims.size()));
        double total = top.stream().mapToDouble(x -> x[0]).sum();
        Map<String, Double> out = new HashMap<>();
        if (total <= 0) {
            return out;
        }
        for (double[] x : top) {
            for (String t : examples.get((int) x[1]).topics()) {
                out.merge(t, x[0] / total, Double::sum);
            }
        }
        return out;
    }

    private static Map<String, Integer> prefixCounts(List<String> tokens, int weight) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : tokens) {
            if (t.length() > 3) {
                c.merge(t.length() > PREFIX ? t.substring(0, PREFIX) : t, weight, Integer::sum);
            }
        }
        return c;
    }

    private Map<String, Double> normalise(Map<String, Integer> counts) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (var e : counts.entrySet()) {
            double v = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unseenIdf);
            w.put(e.getKey(), v);
            norm += v * v;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            w.replaceAll((k, v) -> v / n);
        }
        return w;
    }
}
