package org.milex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text that a search matched, found as the index found them: each stretch of the text is run
 * through the analyzer of its language, and a word is marked when its analysed form is one of the query's
 * words, or a run of words when it is one of the query's phrases. So "refugiados" is marked for a search of
 * "refugiado", and "no devolución" for "non-refoulement" when the thesaurus carried the search into Spanish.
 * The document page marks them and steps from one to the next.
 */
public final class TermMarks {

    /** A marked stretch: where it starts and ends in the text given. */
    public record Span(int start, int end) {
    }

    /** The analysed words and phrases to mark. */
    record Wanted(Set<String> words, List<List<String>> phrases) {
        boolean isEmpty() {
            return words.isEmpty() && phrases.isEmpty();
        }
    }

    static final TermMarks NONE = new TermMarks(null, null, new Wanted(Set.of(), List.of()));

    private record Token(String term, int start, int end) {
    }

    private final Analyzer analyzer;
    private final String field;
    private final Wanted wanted;

    TermMarks(Analyzer analyzer, String field, Wanted wanted) {
        this.analyzer = analyzer;
        this.field = field;
        this.wanted = wanted;
    }

    public boolean isEmpty() {
        return wanted.isEmpty();
    }

    /** The marked stretches of {@code text[start, end)}, in order and not overlapping, with offsets into {@code text}. */
    public List<Span> spans(String text, int start, int end) {
        if (wanted.isEmpty() || start >= end) {
            return List.of();
        }
        List<Token> tokens = tokens(text.substring(start, end), start);
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (wanted.words().contains(tokens.get(i).term())) {
                found.add(new Span(tokens.get(i).start(), tokens.get(i).end()));
            }
            for (List<String> phrase : wanted.phrases()) {
                if (matchesAt(tokens, i, phrase)) {
                    found.add(new Span(tokens.get(i).start(), tokens.get(i + phrase.size() - 1).end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        List<Span> merged = new ArrayList<>();
        for (Span s : found) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).term().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private List<Token> tokens(String stretch, int base) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, stretch)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), base + offset.startOffset(), base + offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
