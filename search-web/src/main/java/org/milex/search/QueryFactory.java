package org.milex.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.milex.indexer.index.Schema;

/**
 * Turns what a user typed into a Lucene query. Lucene's classic syntax: words (all must appear), "phrases",
 * "proximity"~10, OR, NOT, -exclusion, wild*cards, (grouping), and the fields title:, text: and number:.
 * Unqualified words are looked for in every language's text, title and number, so "asilo" finds Spanish
 * and Portuguese laws alike. Mistakes become {@link BadRequest}s that say what is wrong.
 */
final class QueryFactory {

    private static final Set<String> USER_FIELDS = Set.of("title", "text", "number");

    private final Analyzer analyzer;

    QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Parses with every word required; {@code anyWord} relaxes words without an operator to "any of". */
    Query parse(String q, boolean anyWord) {
        if (q == null || q.isBlank() || q.strip().equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        checkBalanced(q);
        Parser parser = new Parser(analyzer);
        parser.setDefaultOperator(anyWord ? QueryParser.Operator.OR : QueryParser.Operator.AND);
        try {
            return everythingBut(parser.parse(q));
        } catch (ParseException e) {
            throw new BadRequest("query syntax error: " + explain(e));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("query cannot be run: " + e.getMessage());
        }
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

    /** True when the query has several words and no operator of the user's own: relaxing it makes sense. */
    static boolean relaxable(String q) {
        return q != null && q.strip().split("\\s+").length > 1 && !q.matches("(?s).*(\\bAND\\b|\\bOR\\b|\\bNOT\\b|[+\\-\"()~:*?]).*");
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
            fields.add(Schema.NUMBER);
            return fields.toArray(String[]::new);
        }

        private static Map<String, Float> boosts() {
            Map<String, Float> boosts = new HashMap<>();
            Schema.titleFields().forEach(f -> boosts.put(f, 3f));
            boosts.put(Schema.NUMBER, 5f);
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
