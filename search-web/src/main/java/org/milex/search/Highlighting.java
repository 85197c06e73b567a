package org.milex.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.milex.indexer.index.Schema;

/**
 * Snippets with the query's words marked, from Lucene's UnifiedHighlighter over passage documents: a snippet is
 * drawn from one article, so its cost does not grow with the length of the code the article belongs to (offsets
 * are in the postings). Each snippet keeps its offset within the passage, so that a hit can name the part of the
 * article it falls in.
 */
final class Highlighting {

    /** Snippets for the article a hit lands on, and for each other matching article listed under it. */
    static final int BEST = 2;
    static final int OTHER = 1;
    private static final int PASSAGE_LENGTH = 240;

    private Highlighting() {
    }

    /**
     * Per document (in the order given), its snippets; an empty list when the text has no match.
     *
     * @param fieldInfos the searcher's merged field infos, worked out once per reader by the caller
     */
    static List<List<Snippet>> snippets(IndexSearcher searcher, FieldInfos fieldInfos, Analyzer analyzer, Query query, int[] docs, int passages)
            throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFormatter(new Formatter())
                // Word boundaries, not sentences: the JDK's sentence iterator is ten times slower on long codes
                // whose "sentences" run for pages, and a passage of about PASSAGE_LENGTH reads as well.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.3f))
                .withMaxNoHighlightPassages(1), fieldInfos);
        String[] fields = Schema.passageFields().toArray(String[]::new);
        int[] max = new int[fields.length];
        java.util.Arrays.fill(max, passages);
        Map<String, Object[]> byField = highlighter.objects(fields, query, docs, max);
        List<List<Snippet>> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            List<Snippet> found = List.of();
            for (String field : fields) {
                Object[] values = byField.get(field);
                if (values != null && values[i] instanceof List<?> list && !list.isEmpty()) {
                    found = list.stream().map(Snippet.class::cast).toList();
                    break;
                }
            }
            out.add(found);
        }
        return out;
    }

    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder, FieldInfos infos) {
            super(builder);
            // the highlighter would merge the reader's field infos anew on first use
            this.fieldInfos = infos;
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, max);
        }
    }

    /** Escapes the text and marks the matches; passages come out in document order. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>();
            for (Passage p : passages) {
                StringBuilder html = new StringBuilder();
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = p.getMatchEnds()[i];
                    if (start < pos) {
                        continue;
                    }
                    HtmlEscape.append(html, content, pos, start);
                    html.append("<mark>");
                    HtmlEscape.append(html, content, start, end);
                    html.append("</mark>");
                    pos = end;
                }
                HtmlEscape.append(html, content, pos, p.getEndOffset());
                String text = html.toString().strip().replaceAll("\\s+", " ");
                boolean cutBefore = p.getStartOffset() > 0 && content.charAt(p.getStartOffset() - 1) != '\n';
                boolean cutAfter = p.getEndOffset() < content.length() && content.charAt(p.getEndOffset()) != '\n';
                out.add(new Snippet((cutBefore ? "… " : "") + text + (cutAfter ? " …" : ""), p.getStartOffset(), null, null));
            }
            return out;
        }
    }
}
