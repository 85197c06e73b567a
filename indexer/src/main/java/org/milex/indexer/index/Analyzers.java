package org.milex.indexer.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analyzer per language: lower case, stop words, accents folded (so "migracion" finds "migración"),
 * a light stemmer (so "refugiados" finds "refugiado"), and law numbers normalised so that "25.871" and
 * "25871" are the same token.
 */
final class Analyzers {

    /** Thousands separators inside a number: "25.871" → "25871", "1.234.567" → "1234567". */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[.,](?=\\d{3}(?:[.,]\\d{3})*$)");
    /**
     * The number sign before a law's number ("Ley N° 25.871", "No. 285-04", "núm. 21.325") goes, so that
     * the phrase "Ley 25.871" finds every way gazettes print it. A char filter keeps offsets exact.
     */
    private static final Pattern NUMBER_SIGN = Pattern.compile(
            "(?iu)\\b(?:n|nro|núm|num|número|numero)\\s*[.º°ª]?\\s*(?=\\d)|(?<=\\s)(?:No|no)\\.\\s*(?=\\d)");
    private static final CharArraySet FRENCH_ELISIONS = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private Analyzers() {
    }

    static Analyzer spanish() {
        return of(ts -> new SpanishLightStemFilter(new ASCIIFoldingFilter(stop(ts, SpanishAnalyzer.getDefaultStopSet()))));
    }

    static Analyzer portuguese() {
        return of(ts -> new PortugueseLightStemFilter(new ASCIIFoldingFilter(stop(ts, PortugueseAnalyzer.getDefaultStopSet()))));
    }

    static Analyzer french() {
        return of(ts -> new FrenchLightStemFilter(new ASCIIFoldingFilter(
                stop(new ElisionFilter(ts, FRENCH_ELISIONS), FrenchAnalyzer.getDefaultStopSet()))));
    }

    static Analyzer english() {
        return of(ts -> new PorterStemFilter(new ASCIIFoldingFilter(
                stop(new EnglishPossessiveFilter(ts), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
    }

    /** Any other language, titles, numbers: folded words, no stemming, no stop words. */
    static Analyzer folded() {
        return of(ASCIIFoldingFilter::new);
    }

    private static TokenStream stop(TokenStream in, CharArraySet stopWords) {
        return new StopFilter(in, stopWords);
    }

    private interface Chain {
        TokenStream apply(TokenStream lowerCased);
    }

    private static Analyzer of(Chain chain) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String field, java.io.Reader reader) {
                return new PatternReplaceCharFilter(NUMBER_SIGN, "", reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream lower = new LowerCaseFilter(source);
                TokenStream numbers = new PatternReplaceFilter(lower, THOUSANDS, "", true);
                return new TokenStreamComponents(source, chain.apply(numbers));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
