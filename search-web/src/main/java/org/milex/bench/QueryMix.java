package org.milex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.milex.indexer.index.Schema;
import org.milex.indexer.thesaurus.Thesaurus;

/**
 * A fixed, seeded mix of searches drawn from an index's own documents, so that every query has answers and
 * two runs with the same seed over the same index ask the same things. Kinds, in the shares a public legal
 * search sees them: one word, two words, a quoted phrase, a word with country and type or topic filters, a
 * citation (an instrument's number), a term to be carried into another language by the thesaurus, browsing
 * with a filter and no words, and a fifth page.
 */
public final class QueryMix {

    /** One search: its kind, and its parameters as a URL query string ({@code q=asilo&country=MX}). */
    public record Search(String kind, String params) {

        public Map<String, List<String>> map() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String pair : params.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                            .add(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return out;
        }
    }

    /** The kinds and how many in a hundred. */
    static final Map<String, Integer> SHARES = shares();
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final int SAMPLE_TRIES = 50;

    private QueryMix() {
    }

    private static Map<String, Integer> shares() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("one-word", 25);
        m.put("two-words", 20);
        m.put("phrase", 10);
        m.put("filtered", 15);
        m.put("citation", 10);
        m.put("crosslingual", 10);
        m.put("browse", 5);
        m.put("deep-page", 5);
        return m;
    }

    public static List<Search> generate(IndexReader reader, int n, long seed) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        int[] passages = KindDocs.of(searcher, Schema.KIND_PASSAGE);
        int[] instruments = KindDocs.of(searcher, Schema.KIND_INSTRUMENT);
        if (passages.length == 0 || instruments.length == 0) {
            throw new IllegalArgumentException("the index has no documents to draw a query mix from");
        }
        // Only the few documents drawn are read, so that drawing from a million documents costs no more memory
        // than from a thousand (the bench then serves in the same heap).
        Drawn drawn = new Drawn(searcher, reader.storedFields(), passages, instruments);
        List<Thesaurus.Concept> concepts = Thesaurus.bundled().concepts();
        Random random = new Random(seed);
        List<Search> out = new ArrayList<>();
        for (var share : SHARES.entrySet()) {
            int count = (int) Math.round(n * share.getValue() / 100.0);
            for (int i = 0; i < count; i++) {
                String params = draw(share.getKey(), random, drawn, concepts);
                if (params != null) {
                    out.add(new Search(share.getKey(), params));
                }
            }
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }

    /** The documents to draw from, read one at a time. */
    private record Drawn(IndexSearcher searcher, StoredFields stored, int[] passages, int[] instruments) {

        Document passage(Random random) throws IOException {
            return stored.document(passages[random.nextInt(passages.length)]);
        }

        /** The instrument a passage belongs to: its country, type and topics. */
        Document instrumentOf(Document passage) throws IOException {
            String key = passage.get(Schema.INSTRUMENT);
            if (key == null) {
                return null;
            }
            var query = new BooleanQuery.Builder()
                    .add(Schema.kind(Schema.KIND_INSTRUMENT), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.INSTRUMENT, key)),
                            BooleanClause.Occur.FILTER)
                    .build();
            var top = searcher.search(query, 1).scoreDocs;
            return top.length == 0 ? null : stored.document(top[0].doc, Set.of(Schema.COUNTRY, Schema.TYPE, Schema.TOPIC));
        }

        /** The number of an instrument drawn at random among those that have one, or null. */
        String number(Random random) throws IOException {
            for (int tries = 0; tries < SAMPLE_TRIES * 10; tries++) {
                String n = stored.document(instruments[random.nextInt(instruments.length)], Set.of(Schema.NUMBER)).get(Schema.NUMBER);
                if (n != null) {
                    return n;
                }
            }
            return null;
        }
    }

    private static String draw(String kind, Random random, Drawn drawn, List<Thesaurus.Concept> concepts) throws IOException {
        for (int tries = 0; tries < SAMPLE_TRIES; tries++) {
            Document passage = drawn.passage(random);
            List<String> words = words(passage);
            Document instrument = kind.equals("filtered") || kind.equals("browse") ? drawn.instrumentOf(passage) : null;
            switch (kind) {
                case "one-word", "deep-page" -> {
                    if (!words.isEmpty()) {
                        String q = "q=" + encode(words.get(random.nextInt(words.size())));
                        return kind.equals("deep-page") ? q + "&page=5" : q;
                    }
                }
                case "two-words" -> {
                    if (words.size() >= 2) {
                        int a = random.nextInt(words.size());
                        int b = random.nextInt(words.size());
                        if (!words.get(a).equals(words.get(b))) {
                            return "q=" + encode(words.get(a) + " " + words.get(b));
                        }
                    }
                }
                case "phrase" -> {
                    if (words.size() >= 2) {
                        int a = random.nextInt(words.size() - 1);
                        return "q=" + encode("\"" + words.get(a) + " " + words.get(a + 1) + "\"");
                    }
                }
                case "filtered" -> {
                    if (!words.isEmpty() && instrument != null && instrument.get(Schema.COUNTRY) != null) {
                        String q = "q=" + encode(words.get(random.nextInt(words.size()))) + "&country=" + instrument.get(Schema.COUNTRY);
                        String[] topics = instrument.getValues(Schema.TOPIC);
                        if (random.nextBoolean() && topics.length > 0) {
                            return q + "&topic=" + topics[random.nextInt(topics.length)];
                        }
                        return instrument.get(Schema.TYPE) == null ? q : q + "&type=" + instrument.get(Schema.TYPE);
                    }
                }
                case "citation" -> {
                    String number = drawn.number(random);
                    if (number != null) {
                        return "q=" + encode(number);
                    }
                }
                case "crosslingual" -> {
                    Thesaurus.Concept c = concepts.get(random.nextInt(concepts.size()));
                    String from = Thesaurus.LANGUAGES.get(random.nextInt(4));
                    String to = Thesaurus.LANGUAGES.get(random.nextInt(4));
                    if (!from.equals(to) && !c.terms(from).isEmpty()) {
                        return "q=" + encode(c.terms(from).get(0)) + "&lang=" + to;
                    }
                }
                case "browse" -> {
                    if (instrument != null && instrument.get(Schema.COUNTRY) != null) {
                        return "country=" + instrument.get(Schema.COUNTRY);
                    }
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }
        return null;
    }

    /** The words of a passage's text (letters only, four or more: most stop words are shorter). */
    private static List<String> words(Document passage) {
        List<String> out = new ArrayList<>();
        for (String field : Schema.passageFields()) {
            String text = passage.get(field);
            if (text != null) {
                Matcher m = WORD.matcher(text.length() > 4000 ? text.substring(0, 4000) : text);
                while (m.find()) {
                    out.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One search per line: kind TAB parameters. */
    public static void write(List<Search> mix, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        mix.forEach(s -> lines.add(s.kind() + "\t" + s.params()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static List<Search> read(Path file) throws IOException {
        List<Search> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new Search(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return out;
    }
}
