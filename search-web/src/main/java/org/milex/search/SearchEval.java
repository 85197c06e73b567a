package org.milex.search;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.milex.indexer.index.Instrument;
import org.milex.indexer.index.MilexDocument;

/**
 * Measures the search on judged queries (TREC formats: a topics file, {@code qid<TAB>query}; a qrels file,
 * {@code qid 0 docno grade}; and a metadata file {@code qid split lang tag params note}). A result is an
 * instrument: it is as relevant as the best judged of its versions, and the judgments of one instrument's
 * versions count once in the ideal ranking too. Prints nDCG@10, MRR and Recall@100, overall, per split and per
 * tag, and each query's figures.
 */
public final class SearchEval {

    static final int DEPTH = 100;
    static final int NDCG_AT = 10;

    /** A judged query. */
    public record Topic(String qid, String query, String split, String lang, String tag, Map<String, List<String>> params) {
    }

    /** What one query scored. */
    public record Score(Topic topic, double ndcg, double rr, double recall, long total) {
    }

    private SearchEval() {
    }

    public static List<Topic> topics(Path topicsFile, Path metaFile) throws IOException {
        Map<String, String[]> meta = new HashMap<>();
        if (metaFile != null && Files.exists(metaFile)) {
            List<String> lines = Files.readAllLines(metaFile, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                meta.put(f[0], f);
            }
        }
        List<Topic> out = new ArrayList<>();
        for (String line : Files.readAllLines(topicsFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            String[] m = meta.getOrDefault(f[0], new String[] {f[0], "all", "", "", ""});
            out.add(new Topic(f[0], f[1].strip(), m.length > 1 ? m[1] : "all", m.length > 2 ? m[2] : "", m.length > 3 ? m[3] : "",
                    params(m.length > 4 ? m[4] : "")));
        }
        return out;
    }

    /** qid → docno → grade. */
    public static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 4) {
                out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
            }
        }
        return out;
    }

    private static Map<String, List<String>> params(String s) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String pair : s.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                out.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    public static List<Score> run(SearchService search, List<Topic> topics, Map<String, Map<String, Integer>> qrels) throws IOException {
        return run(search, topics, qrels, false);
    }

    /**
     * @param textsOnly score the full-text hits only: results that are a catalog record alone are passed over, and
     *                  judgments of records do not count (as when relevance is judged on texts)
     */
    public static List<Score> run(SearchService search, List<Topic> topics, Map<String, Map<String, Integer>> qrels, boolean textsOnly)
            throws IOException {
        List<Score> out = new ArrayList<>();
        Map<String, String> instrumentOfDocno = new HashMap<>();
        for (Topic t : topics) {
            Map<String, Integer> judged = new HashMap<>(qrels.getOrDefault(t.qid(), Map.of()));
            if (textsOnly) {
                judged.keySet().removeIf(d -> d.startsWith("catalog:"));
            }
            Map<String, List<String>> params = new LinkedHashMap<>(t.params());
            params.put("q", List.of(t.query()));
            params.put("size", List.of(String.valueOf(DEPTH)));
            SearchResult r;
            try {
                r = search.search(SearchRequest.parse(params));
            } catch (BadRequest e) {
                System.err.println(t.qid() + " refused: " + e.getMessage());
                out.add(new Score(t, 0, 0, 0, -1));
                continue;
            }
            List<Integer> gains = new ArrayList<>();
            for (SearchResult.Hit h : r.hits()) {
                if (textsOnly && h.versions().stream().noneMatch(v -> MilexDocument.TEXT.equals(v.kind()))) {
                    continue;
                }
                int best = 0;
                for (Instrument.Version v : h.versions()) {
                    for (String docno : docnos(v)) {
                        Integer g = judged.get(docno);
                        if (g != null) {
                            best = Math.max(best, g);
                            instrumentOfDocno.putIfAbsent(docno, h.document().instrument());
                        }
                    }
                }
                gains.add(best);
            }
            // the ideal: each instrument once, at the best grade of its judged versions
            Map<String, Integer> ideal = new HashMap<>();
            for (var e : judged.entrySet()) {
                String inst = instrumentOf(search, e.getKey(), instrumentOfDocno);
                ideal.merge(inst, e.getValue(), Math::max);
            }
            List<Integer> idealGains = ideal.values().stream().sorted((a, b) -> b - a).toList();
            long relevant = idealGains.stream().filter(g -> g > 0).count();
            double found = gains.stream().filter(g -> g > 0).count();
            double rr = 0;
            for (int i = 0; i < gains.size(); i++) {
                if (gains.get(i) > 0) {
                    rr = 1.0 / (i + 1);
                    break;
                }
            }
            out.add(new Score(t, ndcg(gains, idealGains), rr, relevant == 0 ? 1 : found / relevant, r.total()));
        }
        return out;
    }

    /** How a version is named in the qrels: its path under corpus-src, or its record as "catalog:<id>". */
    private static List<String> docnos(Instrument.Version v) {
        if (MilexDocument.RECORD.equals(v.kind())) {
            return List.of("catalog:" + v.id());
        }
        return v.source() == null ? List.of() : List.of("migration/" + v.source(), "formats/" + v.source(), "varied/" + v.source(), v.source());
    }

    /** A judged document's instrument: seen in a result, else looked up; else itself (it stays unfound). */
    private static String instrumentOf(SearchService search, String docno, Map<String, String> seen) throws IOException {
        String inst = seen.get(docno);
        if (inst != null) {
            return inst;
        }
        if (docno.startsWith("catalog:")) {
            return docno.substring("catalog:".length());
        }
        String source = docno.substring(docno.indexOf('/') + 1);
        return search.instrumentOfSource(source).orElse(docno);
    }

    static double ndcg(List<Integer> gains, List<Integer> ideal) {
        double idcg = dcg(ideal);
        return idcg == 0 ? 0 : dcg(gains) / idcg;
    }

    private static double dcg(List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < Math.min(NDCG_AT, gains.size()); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    public static void print(List<Score> scores, PrintStream out) {
        Map<String, List<Score>> groups = new LinkedHashMap<>();
        groups.put("all", scores);
        new TreeMap<>(group(scores, s -> "split " + s.topic().split())).forEach(groups::put);
        new TreeMap<>(group(scores, s -> "tag " + s.topic().tag())).forEach(groups::put);
        new TreeMap<>(group(scores, s -> "lang " + s.topic().lang())).forEach(groups::put);
        new TreeMap<>(group(scores, s -> s.topic().split() + " · " + s.topic().tag())).forEach(groups::put);
        out.printf("%-28s %8s %8s %8s %12s%n", "", "nDCG@10", "MRR", "R@100", "queries");
        groups.forEach((name, list) -> out.printf("%-28s %8.3f %8.3f %8.3f %12d%n", name,
                mean(list, Score::ndcg), mean(list, Score::rr), mean(list, Score::recall), list.size()));
        out.println();
        out.println("Per query (nDCG@10, RR, R@100, results):");
        for (Score s : scores) {
            out.printf("  %s %-7s %-12s %.3f %.3f %.3f %6d  %s%n", s.topic().qid(), s.topic().split(), s.topic().tag(), s.ndcg(), s.rr(),
                    s.recall(), s.total(), s.topic().query() + (s.topic().params().isEmpty() ? "" : "  " + s.topic().params()));
        }
    }

    /** Mean nDCG@10 of a group, for tests. */
    public static double meanNdcg(List<Score> scores) {
        return mean(scores, Score::ndcg);
    }

    private static Map<String, List<Score>> group(List<Score> scores, java.util.function.Function<Score, String> key) {
        Map<String, List<Score>> out = new LinkedHashMap<>();
        scores.forEach(s -> out.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return out;
    }

    private static double mean(List<Score> list, java.util.function.ToDoubleFunction<Score> f) {
        return list.stream().mapToDouble(f).average().orElse(0);
    }
}
