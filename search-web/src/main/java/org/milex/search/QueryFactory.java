package org.milex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.milex.indexer.citation.Citations;
import org.milex.indexer.citation.Provisions;
import org.milex.indexer.index.Schema;
import org.milex.indexer.thesaurus.Thesaurus;

/**
 * Turns what a user typed into the queries a search runs. In order:
 * <ol>
 * <li>Citations, as lawyers write them ({@code SOR/2002-227}, {@code Ley N° 25.871}, {@code 8 U.S.C. § 1158},
 * {@code IRPA}), are found first and searched as the instruments' citation keys: a slash never reaches the
 * query parser, and the instrument a citation names ranks ahead of those that cite it.
 * <li>Provisions ({@code art. 17}, {@code s. 97(1)}, {@code § 1158}) name the article to land on.
 * <li>{@code A /a B} asks for both in the same article, {@code A /p B} in the same paragraph.
 * <li>The rest: a plain question ("requisitos para la naturalización") is a set of words most of which must
 * appear (minimum should match; words that are stop words in any of the four languages are optional), each
 * word also found through the thesaurus in the other languages, below the user's own words. Anything with
 * Lucene operators ({@code AND}, {@code "…"~5}, {@code title:}, wildcards) is parsed as Lucene syntax.
 * </ol>
 * Mistakes become {@link BadRequest}s that say how to write the query.
 */
final class QueryFactory {

    /** Weights of the instrument fields a word is looked for in. */
    static final float TITLE = Tuning.weight("title", 3f);
    static final float NUMBER = Tuning.weight("number", 5f);
    static final float HEADINGS = Tuning.weight("headings", 1.5f);
    static final float TEXT = Tuning.weight("text", 1f);
    static final float SUMMARY = Tuning.weight("summary", 0.5f);
    /** How much a word's other fields add to its best one. */
    static final float FIELD_TIE = Tuning.weight("tie", 0.1f);
    /** A citation names one instrument: its own key outweighs any text that merely mentions it. */
    static final float CITATION = Tuning.weight("citation", 40f);
    static final float ANCHOR = Tuning.weight("anchor", 2f);
    /** Terms the thesaurus adds weigh this much of the user's own. */
    static final float EXPANSION = Tuning.weight("expansion", 0.35f);
    /** Words next to each other as typed, as a phrase: the more they stand together, the better. */
    static final float PROXIMITY = Tuning.weight("proximity", 0.5f);
    static final int PROXIMITY_SLOP = 3;
    static final int MAX_EXPANSIONS_PER_LANGUAGE = 4;
    /** A state or a kind of instrument named in the query, as matched by the instrument's facts. */
    static final float NAMED_STATE = Tuning.weight("named_state", 4f);
    static final float NAMED_TYPE = Tuning.weight("named_type", 1f);

    private static final Set<String> USER_FIELDS = Set.of("title", "text", "number");
    /**
     * Lucene syntax, when the query asks for it: operators, a field ("title:asilo"), wildcards, fuzziness,
     * boosts, ranges, an exclusion sign opening a word. Parentheses and colons alone are not a request for it:
     * a pasted citation ("Reg. 29/1947 (as amended, Cap. 14:02 subsidiary)") is words, whatever its punctuation.
     */
    private static final Pattern OPERATORS = Pattern.compile(
            "(?s).*(\\bAND\\b|\\bOR\\b|\\bNOT\\b|(?<![\\p{L}\\p{N}])[\\p{L}_]+:(?=[^\\s:])|[~*?^\\[\\]{}\\\\]|(?<!\\S)[-+!](?=[\\p{L}\"(])).*");
    /** Terms a passage query takes at the most: a wildcard may expand to thousands. */
    static final int MAX_PASSAGE_TERMS = 256;
    private static final Pattern NEAR = Pattern.compile("(?i)(?:^|\\s+)/([ap])(?:\\s+|$)");
    private static final Pattern UNIT = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern QUESTION_MARKS = Pattern.compile("[¿¡]|\\?(?![\\p{L}\\p{N}])");
    /** Quotes or brackets left around nothing once a citation or provision is taken out of them: "Ley 9095", (art. 11). */
    private static final Pattern QUOTES_AROUND_NOTHING = Pattern.compile("\"\\s*\"|\\(\\s*[,;.]?\\s*\\)|\\[\\s*]");
    /** The words that make a sentence a question, in the four languages: they say nothing of what is asked. */
    private static final List<String> QUESTION_WORDS = List.of(
            "qué", "que", "quién", "quien", "quiénes", "cuál", "cual", "cuáles", "cómo", "como", "dónde", "donde", "cuándo",
            "cuando", "puede", "pueden", "hay", "existe", "debe", "tiene", "tienen", "se",
            "what", "who", "whom", "which", "how", "when", "where", "why", "can", "may", "must", "does", "do", "is", "are", "there",
            "o", "quem", "qual", "quais", "onde", "quando", "pode", "podem", "existe", "deve", "tem",
            "qui", "quel", "quels", "quelle", "quelles", "comment", "où", "quand", "peut", "peuvent", "est-ce", "doit", "ayant");
    private static final CharArraySet STOP_WORDS = stopWords();
    private static final List<String> CONTENT_LANGUAGES = List.of("es", "en", "pt", "fr");

    private final Analyzer analyzer;
    private final Thesaurus thesaurus;

    QueryFactory(Analyzer analyzer, Thesaurus thesaurus) {
        this.analyzer = analyzer;
        this.thesaurus = thesaurus;
    }

    /**
     * What a query asks for.
     *
     * @param instruments the query over instrument documents (ranking, facets)
     * @param passages    the query over passages: which article is the best match, and what to highlight
     * @param sameArticle a query over passages that an instrument must have a match of ({@code /a}, {@code /p}), or null
     * @param provision   the anchor of the provision the query names ("art-97"), or null
     * @param citationOnly the query names an instrument and nothing else: land on its top
     * @param expanded    the terms the thesaurus added, by language
     * @param words       the user's own words, for "did you mean"
     */
    record Parsed(Query instruments, Query passages, Query sameArticle, String provision, boolean citationOnly,
                  Map<String, List<String>> expanded, List<String> words, boolean relaxable, List<String> languages) {
    }

    /**
     * @param expand     add the thesaurus' terms
     * @param knownNames the short names and acronyms the index knows as citations ("name:irpa")
     * @param relax      accept any one word, when no document holds most of them
     */
    Parsed parse(String q, boolean expand, Set<String> knownNames, boolean relax) {
        if (q == null || q.isBlank() || q.strip().equals("*:*") || q.strip().equals("*")) {
            return new Parsed(new MatchAllDocsQuery(), null, null, null, false, Map.of(), List.of(), false, List.of());
        }
        checkBalanced(q);
        // a question's marks are punctuation, not wildcards: "¿qué requisitos hay?" (a '?' inside a word stays one)
        String rest = QUESTION_MARKS.matcher(q).replaceAll(" ");
        List<Query> cited = new ArrayList<>();
        String provision = null;

        for (Citations.Found c : Citations.find(rest)) {
            cited.add(citationQuery(c.key(), rest.substring(c.start(), c.end())));
            if (c.provision() != null && provision == null) {
                provision = "art-" + c.provision().toLowerCase(Locale.ROOT);
            }
        }
        rest = blank(rest, Citations.find(rest).stream().map(c -> new int[] {c.start(), c.end()}).toList());
        List<int[]> spans = new ArrayList<>();
        for (Provisions.Found p : Provisions.find(rest)) {
            if (provision == null) {
                provision = p.anchor();
            }
            spans.add(new int[] {p.start(), p.end()});
        }
        rest = blank(rest, spans);
        // acronyms and short names the catalog knows: "IRPA", "LIPR", "INA"
        List<int[]> named = new ArrayList<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]{2,12}").matcher(rest);
        while (word.find()) {
            String key = Citations.nameKey(word.group());
            if (knownNames.contains(key) && word.group().equals(word.group().toUpperCase(Locale.ROOT))) {
                cited.add(new BoostQuery(new TermQuery(new Term(Schema.CITATION, key)), CITATION));
                named.add(new int[] {word.start(), word.end()});
            }
        }
        // quotes left around nothing once a citation is taken out of them: "Ley 9095"
        rest = QUOTES_AROUND_NOTHING.matcher(blank(rest, named)).replaceAll(" ").strip();

        Query sameArticle = null;
        Query text;
        Map<String, List<String>> expanded = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        boolean relaxable = false;
        Matcher near = NEAR.matcher(rest);
        if (near.find()) {
            String left = rest.substring(0, near.start()).strip();
            String right = rest.substring(near.end()).strip();
            if (left.isEmpty() || right.isEmpty()) {
                throw new BadRequest("'/" + near.group(1) + "' joins two searches: write it between them, e.g. asilo /a detención");
            }
            if (NEAR.matcher(right).find()) {
                throw new BadRequest("one /a or /p at a time: e.g. asilo /a detención");
            }
            sameArticle = near.group(1).equalsIgnoreCase("a")
                    ? new BooleanQuery.Builder().add(anyPassageField(left), BooleanClause.Occur.MUST)
                            .add(anyPassageField(right), BooleanClause.Occur.MUST).build()
                    : sameParagraph(left, right);
            text = new BooleanQuery.Builder()
                    .add(plain(left, false, expanded, words, false), BooleanClause.Occur.MUST)
                    .add(plain(right, false, expanded, words, false), BooleanClause.Occur.MUST).build();
        } else if (rest.isEmpty()) {
            text = null;
        } else if (OPERATORS.matcher(rest).matches()) {
            text = lucene(rest);
            words.addAll(List.of(rest.split("\\s+")));
        } else {
            text = plain(rest, expand, expanded, words, relax);
            relaxable = words.size() > 1;
        }

        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (!cited.isEmpty()) {
            BooleanQuery.Builder anyCitation = new BooleanQuery.Builder();
            cited.forEach(c -> anyCitation.add(c, BooleanClause.Occur.SHOULD));
            all.add(anyCitation.build(), BooleanClause.Occur.MUST);
        }
        if (text != null) {
            all.add(text, BooleanClause.Occur.MUST);
        }
        if (provision != null) {
            Query hasIt = new BoostQuery(new TermQuery(new Term(Schema.ANCHORS, provision)), ANCHOR);
            // a provision alone ("artículo 37") asks for the instruments that have it
            all.add(hasIt, cited.isEmpty() && text == null ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        Query instruments = all.build();
        Query passages = sameArticle != null ? sameArticle : passagesOf(instruments);
        return new Parsed(instruments, passages, sameArticle, provision, text == null && !cited.isEmpty(), expanded, words, relaxable,
                languagesOf(words));
    }

    /**
     * The languages the user's words are in, as far as the thesaurus can tell ("refugee" is English, "réfugié"
     * French, "asilo" Spanish or Portuguese): the version of an instrument in that language is the one to show,
     * when it matches too.
     */
    private List<String> languagesOf(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (Thesaurus.Match m : thesaurus.find(words)) {
            String typed = String.join(" ", org.milex.indexer.classify.Folding.tokens(String.join(" ", words.subList(m.start(), m.end()))));
            for (String lang : CONTENT_LANGUAGES) {
                if (m.concept().terms(lang).stream().anyMatch(t -> String.join(" ", org.milex.indexer.classify.Folding.tokens(t)).equals(typed))) {
                    out.add(lang);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The instrument's citation key, or the citation's words as a phrase in its number or text. */
    private Query citationQuery(String key, String written) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(Schema.CITATION, key)), CITATION), BooleanClause.Occur.SHOULD);
        Query phrase = phrase(Schema.NUMBER, written);
        if (phrase != null) {
            b.add(new BoostQuery(phrase, NUMBER), BooleanClause.Occur.SHOULD);
        }
        // the instruments that cite it come after the one it names: its regulation, the laws that amend it
        List<Query> cites = new ArrayList<>();
        for (String lang : Schema.LANGUAGES) {
            addBoosted(cites, phrase(Schema.textField(lang), written), TEXT);
        }
        if (!cites.isEmpty()) {
            b.add(new DisjunctionMaxQuery(cites, 0f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * A plain query: each word (or "quoted phrase") is a unit found in any field and any language; most units
     * must be there. A unit the thesaurus knows is also satisfied by its terms in the other languages.
     */
    private Query plain(String q, boolean expand, Map<String, List<String>> expanded, List<String> words, boolean relax) {
        List<String> units = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        Matcher m = UNIT.matcher(q);
        while (m.find()) {
            units.add(m.group(1) != null ? m.group(1) : m.group(2));
            quoted.add(m.group(1) != null);
        }
        units.forEach(u -> words.add(u));
        // thesaurus concepts over the unquoted words
        List<Thesaurus.Match> concepts = expand ? thesaurus.find(units) : List.of();
        // the words that count towards "most of the words", and apart from them, the stop words, which only add
        BooleanQuery.Builder counted = new BooleanQuery.Builder();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int required = 0;
        int i = 0;
        List<String> content = new ArrayList<>();
        while (i < units.size()) {
            Thesaurus.Match match = null;
            for (Thesaurus.Match c : concepts) {
                if (c.start() == i && quoted.subList(c.start(), c.end()).stream().noneMatch(x -> x)) {
                    match = c;
                }
            }
            Optional<QueryFacets.Named> named = quoted.get(i) ? Optional.empty() : QueryFacets.at(units, i);
            int end = match != null ? match.end() : i + named.map(QueryFacets.Named::length).orElse(1);
            String own = String.join(" ", units.subList(i, end));
            Query unit = quoted.get(i) ? phraseUnit(own) : wordsUnit(units.subList(i, end));
            if (unit == null) {
                i = end;
                continue;
            }
            if (match != null) {
                unit = withExpansions(unit, own, match.concept(), expanded);
            } else if (named.isPresent()) {
                // "Perú", "brasileiro", "la Constitución": an instrument of that state or kind answers the word too
                String field = named.get().dimension().equals("country") ? Schema.COUNTRY : Schema.TYPE;
                unit = new DisjunctionMaxQuery(List.of(unit, new BoostQuery(new TermQuery(new Term(field, named.get().value())),
                        field.equals(Schema.COUNTRY) ? NAMED_STATE : NAMED_TYPE)), 0f);
            }
            boolean optional = !quoted.get(i) && end == i + 1 && STOP_WORDS.contains(units.get(i).toLowerCase(Locale.ROOT));
            if (optional) {
                b.add(unit, BooleanClause.Occur.SHOULD);
            } else if (quoted.get(i)) {
                b.add(unit, BooleanClause.Occur.MUST);
            } else {
                counted.add(unit, BooleanClause.Occur.SHOULD);
                required++;
                content.add(own);
            }
            i = end;
        }
        if (required == 0 && units.stream().allMatch(u -> STOP_WORDS.contains(u.toLowerCase(Locale.ROOT)))) {
            // a query of stop words alone ("de la") means them
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            units.forEach(u -> {
                Query w = wordsUnit(List.of(u));
                if (w != null) {
                    all.add(w, BooleanClause.Occur.MUST);
                }
            });
            return all.build();
        }
        if (required > 0) {
            counted.setMinimumNumberShouldMatch(relax ? 1 : minimumShouldMatch(required));
            b.add(counted.build(), BooleanClause.Occur.MUST);
        }
        if (content.size() >= 2) {
            Query near = proximity(String.join(" ", content));
            if (near != null) {
                // not counted among the units: the phrase only rewards words that stand together
                BooleanQuery.Builder outer = new BooleanQuery.Builder().add(b.build(), BooleanClause.Occur.MUST);
                outer.add(new BoostQuery(near, PROXIMITY), BooleanClause.Occur.SHOULD);
                return outer.build();
            }
        }
        return b.build();
    }

    /**
     * How many of n words must match: all of one or two, all but one of three or four, three in five of more.
     * A document holding most of a question's words is found; one holding them all ranks first.
     */
    static int minimumShouldMatch(int n) {
        if (n <= 2) {
            return n;
        }
        if (n <= 4) {
            return n - 1;
        }
        return (int) Math.ceil(0.6 * n);
    }

    /** Words that must all appear, each in any field. */
    private Query wordsUnit(List<String> ws) {
        if (ws.size() == 1) {
            return word(ws.get(0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : ws) {
            Query q = word(w);
            if (q != null) {
                b.add(q, STOP_WORDS.contains(w.toLowerCase(Locale.ROOT)) ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
            }
        }
        return b.build();
    }

    /** One word in every field, the best field counting (a word in five language fields is not five times as good). */
    private Query word(String w) {
        List<Query> fields = new ArrayList<>();
        for (String lang : Schema.LANGUAGES) {
            addBoosted(fields, phrase(Schema.titleField(lang), w), TITLE);
            addBoosted(fields, phrase(Schema.headingsField(lang), w), HEADINGS);
            addBoosted(fields, phrase(Schema.textField(lang), w), TEXT);
            addBoosted(fields, phrase(Schema.summaryField(lang), w), SUMMARY);
        }
        addBoosted(fields, phrase(Schema.NUMBER, w), NUMBER);
        return fields.isEmpty() ? null : anyField(fields);
    }

    /** One word's or phrase's matches in several fields, as one score: the best field's, plus the tie of the others. */
    private static Query anyField(List<Query> fields) {
        return new FieldsQuery(fields, FIELD_TIE);
    }

    /** A phrase the user quoted, in every field. */
    private Query phraseUnit(String phrase) {
        return word(phrase);
    }

    /** The user's words as a sloppy phrase in titles and texts. */
    private Query proximity(String words) {
        List<Query> fields = new ArrayList<>();
        for (String lang : Schema.LANGUAGES) {
            addBoosted(fields, sloppy(Schema.titleField(lang), words), TITLE);
            addBoosted(fields, sloppy(Schema.textField(lang), words), TEXT);
        }
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0f);
    }

    /** The unit, or any of its concept's terms in the other languages (in those languages' fields only). */
    private Query withExpansions(Query own, String typed, Thesaurus.Concept concept, Map<String, List<String>> expanded) {
        // a set: two of a concept's terms can analyze alike ("sección", "secciones"), and need not be searched twice
        Set<Query> alternatives = new LinkedHashSet<>();
        alternatives.add(own);
        String typedKey = String.join(" ", org.milex.indexer.classify.Folding.tokens(typed));
        for (String lang : CONTENT_LANGUAGES) {
            int added = 0;
            for (String term : concept.terms(lang)) {
                String key = String.join(" ", org.milex.indexer.classify.Folding.tokens(term));
                if (key.equals(typedKey) || key.isEmpty() || added >= MAX_EXPANSIONS_PER_LANGUAGE) {
                    continue;
                }
                List<Query> inLanguage = new ArrayList<>();
                addBoosted(inLanguage, phrase(Schema.titleField(lang), term), TITLE);
                addBoosted(inLanguage, phrase(Schema.headingsField(lang), term), HEADINGS);
                addBoosted(inLanguage, phrase(Schema.textField(lang), term), TEXT);
                addBoosted(inLanguage, phrase(Schema.summaryField(lang), term), SUMMARY);
                if (!inLanguage.isEmpty() && alternatives.add(new BoostQuery(anyField(inLanguage), EXPANSION))) {
                    expanded.computeIfAbsent(lang, k -> new ArrayList<>()).add(term);
                    added++;
                }
            }
        }
        return alternatives.size() == 1 ? own : new FieldsQuery(new ArrayList<>(alternatives), 0f);
    }

    /** "A /p B": both, with no paragraph break between them, in a passage of any language. */
    private Query sameParagraph(String left, String right) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String lang : Schema.LANGUAGES) {
            String field = Schema.passageField(lang);
            IntervalsSource a = intervals(field, left);
            IntervalsSource b = intervals(field, right);
            if (a == null || b == null) {
                continue;
            }
            any.add(new IntervalQuery(field, Intervals.notContaining(Intervals.unordered(a, b),
                    Intervals.term(Schema.paragraphBreak()))), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The words of one side of /p, as an interval source: all of them, in order when quoted. */
    private IntervalsSource intervals(String field, String side) {
        List<IntervalsSource> parts = new ArrayList<>();
        Matcher m = UNIT.matcher(side);
        while (m.find()) {
            List<String> terms = analyze(field, m.group(1) != null ? m.group(1) : m.group(2));
            if (terms.isEmpty()) {
                continue;
            }
            parts.add(terms.size() == 1 ? Intervals.term(terms.get(0))
                    : Intervals.phrase(terms.stream().map(Intervals::term).toArray(IntervalsSource[]::new)));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : Intervals.unordered(parts.toArray(IntervalsSource[]::new));
    }

    /** Each of a side's words in a passage, in any language. */
    private Query anyPassageField(String side) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Matcher m = UNIT.matcher(side);
        while (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2);
            List<Query> fields = new ArrayList<>();
            for (String lang : Schema.LANGUAGES) {
                addBoosted(fields, phrase(Schema.passageField(lang), unit), 1f);
            }
            if (!fields.isEmpty()) {
                all.add(new DisjunctionMaxQuery(fields, 0f), BooleanClause.Occur.MUST);
            }
        }
        return all.build();
    }

    /**
     * The passage query of an instrument query: its words and phrases, looked for in the passages of their
     * language, any of them, each weighted as in the instrument query (so the thesaurus' terms count less than
     * the user's own, and a French version does not win a search typed in English on its expansions). The best
     * passage holds the most, and the rarest; the highlighter marks them all. A phrase stays a phrase ("trata de
     * personas" marks those three words together, not every "de"), and a stop word alone is left out when there
     * is anything else to mark.
     */
    static Query passagesOf(Query instruments) {
        Map<Query, Float> leaves = new LinkedHashMap<>();
        Map<Query, Float> stopWords = new LinkedHashMap<>();
        collectPassageLeaves(instruments, 1f, leaves, stopWords);
        if (leaves.isEmpty()) {
            leaves.putAll(stopWords);
        }
        if (leaves.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        leaves.entrySet().stream().limit(MAX_PASSAGE_TERMS)
                .forEach(e -> b.add(e.getValue() == 1f ? e.getKey() : new BoostQuery(e.getKey(), e.getValue()), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** Walks the query's structure, carrying the boosts down to its words and phrases; a word keeps its best weight. */
    private static void collectPassageLeaves(Query q, float boost, Map<Query, Float> leaves, Map<Query, Float> stopWords) {
        switch (q) {
            case BoostQuery b -> collectPassageLeaves(b.getQuery(), boost * b.getBoost(), leaves, stopWords);
            case BooleanQuery bq -> bq.clauses().stream().filter(c -> c.occur() != BooleanClause.Occur.MUST_NOT)
                    .forEach(c -> collectPassageLeaves(c.query(), boost, leaves, stopWords));
            case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> collectPassageLeaves(x, boost, leaves, stopWords));
            case FieldsQuery f -> f.fields().forEach(x -> collectPassageLeaves(x, boost, leaves, stopWords));
            default -> q.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... ts) {
                    if (ts.length == 0 || !isContentField(ts[0].field())) {
                        return;
                    }
                    String field = Schema.passageField(ts[0].field().substring(ts[0].field().indexOf('_') + 1));
                    if (query instanceof PhraseQuery phrase && ts.length > 1) {
                        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(phrase.getSlop());
                        int[] positions = phrase.getPositions();
                        for (int i = 0; i < ts.length; i++) {
                            p.add(new Term(field, ts[i].bytes()), positions[i]);
                        }
                        leaves.merge(p.build(), boost, Math::max);
                        return;
                    }
                    for (Term t : ts) {
                        (STOP_WORDS.contains(t.text()) ? stopWords : leaves).merge(new TermQuery(new Term(field, t.bytes())), boost, Math::max);
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }
    }

    /**
     * What a passage query matches in one passage field, to mark in a document's text: its words, and its
     * exact phrases as phrases (a phrase's "de" or "principio" alone is not what was searched). A sloppy phrase
     * only ranks words that are also searched one by one, so it adds nothing to mark.
     */
    static TermMarks.Wanted markTerms(Query passages, String field) {
        Set<String> words = new LinkedHashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        if (passages != null) {
            passages.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... ts) {
                    if (ts.length == 0 || !ts[0].field().equals(field)) {
                        return;
                    }
                    if (query instanceof PhraseQuery phrase && ts.length > 1) {
                        if (phrase.getSlop() == 0) {
                            phrases.add(java.util.Arrays.stream(ts).map(Term::text).toList());
                        }
                        return;
                    }
                    for (Term t : ts) {
                        words.add(t.text());
                    }
                }
            });
        }
        return new TermMarks.Wanted(words, phrases);
    }

    private static boolean isContentField(String f) {
        return f.indexOf('_') > 0 && (f.startsWith("text_") || f.startsWith("title_") || f.startsWith("headings_") || f.startsWith("summary_"));
    }

    /** Lucene syntax: words all required unless OR says otherwise, fields title:, text: and number:. */
    private Query lucene(String q) {
        Parser parser = new Parser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return everythingBut(parser.parse(q));
        } catch (ParseException e) {
            throw new BadRequest("query syntax error: " + explain(e));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("query cannot be run: " + e.getMessage());
        }
    }

    private static void addBoosted(List<Query> out, Query q, float boost) {
        if (q != null) {
            out.add(boost == 1f ? q : new BoostQuery(q, boost));
        }
    }

    /** The words of a string, analysed for a field, as a term or a phrase; null when analysis leaves nothing. */
    private Query phrase(String field, String words) {
        List<String> terms = analyze(field, words);
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        terms.forEach(t -> p.add(new Term(field, t)));
        return p.build();
    }

    private Query sloppy(String field, String words) {
        List<String> terms = analyze(field, words);
        if (terms.size() < 2) {
            return null;
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
        terms.forEach(t -> p.add(new Term(field, t)));
        return p.build();
    }

    List<String> analyze(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.equals(Schema.paragraphBreak())) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String blank(String s, List<int[]> spans) {
        StringBuilder sb = new StringBuilder(s);
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** "NOT asilo" or "-asilo" alone means every document without the word, as users expect. */
    private static Query everythingBut(Query q) {
        if (q instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            b.clauses().forEach(all::add);
            return all.build();
        }
        return q;
    }

    private static void checkBalanced(String q) {
        boolean inPhrase = false;
        int depth = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inPhrase = !inPhrase;
            } else if (!inPhrase && c == '(') {
                depth++;
            } else if (!inPhrase && c == ')') {
                if (--depth < 0) {
                    throw new BadRequest("unbalanced parentheses: the ')' at position " + (i + 1) + " closes nothing");
                }
            }
        }
        if (inPhrase) {
            throw new BadRequest("unbalanced quotes: a phrase opened with \" is not closed");
        }
        if (depth > 0) {
            throw new BadRequest("unbalanced parentheses: " + depth + " '(' not closed");
        }
    }

    private static String explain(ParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (m.contains("Encountered \"<EOF>\"") || m.contains("Encountered: <EOF>")) {
            return "the query ends where a word was expected (a trailing AND, OR, NOT or field name?)";
        }
        return m.replaceAll("^Cannot parse '.*?': ", "");
    }

    private static CharArraySet stopWords() {
        CharArraySet all = new CharArraySet(1000, true);
        all.addAll(QUESTION_WORDS);
        all.addAll(SpanishAnalyzer.getDefaultStopSet());
        all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        all.addAll(PortugueseAnalyzer.getDefaultStopSet());
        all.addAll(FrenchAnalyzer.getDefaultStopSet());
        return all;
    }

    /** Expands "text:" and "title:" to every language's field; refuses fields users cannot search. */
    private static final class Parser extends MultiFieldQueryParser {

        private static final String[] DEFAULT_FIELDS = defaults();
        private static final Map<String, Float> BOOSTS = boosts();

        Parser(Analyzer analyzer) {
            super(DEFAULT_FIELDS, analyzer, BOOSTS);
            setSplitOnWhitespace(true);
            // "285-04" or "13.445/2017" typed as one word is searched as the phrase of its parts
            setAutoGeneratePhraseQueries(true);
            setAllowLeadingWildcard(false);
        }

        private static String[] defaults() {
            List<String> fields = new ArrayList<>(Schema.textFields());
            fields.addAll(Schema.titleFields());
            fields.addAll(Schema.headingsFields());
            fields.addAll(Schema.summaryFields());
            fields.add(Schema.NUMBER);
            return fields.toArray(String[]::new);
        }

        private static Map<String, Float> boosts() {
            Map<String, Float> boosts = new java.util.HashMap<>();
            Schema.titleFields().forEach(f -> boosts.put(f, QueryFactory.TITLE));
            Schema.headingsFields().forEach(f -> boosts.put(f, QueryFactory.HEADINGS));
            Schema.summaryFields().forEach(f -> boosts.put(f, QueryFactory.SUMMARY));
            boosts.put(Schema.NUMBER, QueryFactory.NUMBER);
            return boosts;
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            return expand(field, f -> super.getFieldQuery(f, text, slop));
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            return expand(field, f -> super.getFieldQuery(f, text, quoted));
        }

        @Override
        protected Query getWildcardQuery(String field, String term) throws ParseException {
            return expand(field, f -> super.getWildcardQuery(f, term));
        }

        @Override
        protected Query getPrefixQuery(String field, String term) throws ParseException {
            return expand(field, f -> super.getPrefixQuery(f, term));
        }

        @Override
        protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
            return expand(field, f -> super.getFuzzyQuery(f, term, similarity));
        }

        @Override
        protected Query getRangeQuery(String field, String a, String b, boolean startInclusive, boolean endInclusive) throws ParseException {
            throw new ParseException("range queries are not supported; use the 'from' and 'to' year parameters");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions (/…/) are not supported; to search a citation with a slash, type it as written (SOR/2002-227)");
        }

        private interface Build {
            Query apply(String field) throws ParseException;
        }

        private Query expand(String field, Build build) throws ParseException {
            if (field == null) {
                return build.apply(null);
            }
            if (!USER_FIELDS.contains(field) && !List.of(DEFAULT_FIELDS).contains(field)) {
                throw new ParseException("unknown field '" + field + "': search title:, text: or number:, "
                        + "and filter with the country, type, topic and lang parameters (a ':' inside a word can be escaped as \\:)");
            }
            List<String> fields = switch (field) {
                case "text" -> Schema.textFields();
                case "title" -> Schema.titleFields();
                default -> List.of(field);
            };
            if (fields.size() == 1) {
                return build.apply(fields.get(0));
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String f : fields) {
                Query q = build.apply(f);
                if (q != null) {
                    any.add(q, BooleanClause.Occur.SHOULD);
                }
            }
            return any.build();
        }
    }
}
