package org.milex.indexer.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analyzer per language: lower case, accents folded (so "migracion" finds "migración"), a light stemmer
 * (so "refugiados" finds "refugiado"), and law numbers normalised so that "25.871" and "25871" are one token.
 * <ul>
 * <li>No stop words are dropped: a word that is a stop word in one language ("sera" in French) is a word in
 * another, and a query must match the same documents whichever field it is looked for in. The query side makes
 * such words optional instead.
 * <li>Legal terms the stemmers would merge with other words keep their own stem ("trata", trafficking, is not
 * "tratos", treatment): the thesaurus lists them (corpus/thesaurus/protected.tsv).
 * <li>Passage fields mark each paragraph's end with the token {@link #PARAGRAPH}, so that "in the same
 * paragraph" is "with no paragraph break between".
 * </ul>
 */
final class Analyzers {

    /** The token at each paragraph break of a passage: no word of the four languages, and no stemmer touches it. */
    static final String PARAGRAPH = "zzpz";

    /** Thousands separators inside a number: "25.871" → "25871", "1.234.567" → "1234567". */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[.,](?=\\d{3}(?:[.,]\\d{3})*$)");
    /**
     * The number sign before a law's number ("Ley N° 25.871", "Ley N.º 9095", "No. 285-04", "núm. 21.325") goes,
     * so that the phrase "Ley 25.871" finds every way gazettes print it. A char filter keeps offsets exact.
     */
    private static final Pattern NUMBER_SIGN = Pattern.compile(
            "(?iu)\\b(?:n|nro|núm|num|número|numero)\\s*[.º°ª]{0,2}\\s*(?=\\d)|(?<=\\s)(?:No|no)\\.\\s*(?=\\d)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n");
    private static final CharArraySet FRENCH_ELISIONS = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
    private static final Map<String, StemmerOverrideFilter.StemmerOverrideMap> PROTECTED = protectedTerms();

    private Analyzers() {
    }

    static Analyzer forLanguage(String language, boolean passage) {
        return switch (language) {
            case "es" -> of(passage, ts -> new SpanishLightStemFilter(protect("es", new ASCIIFoldingFilter(ts))));
            case "pt" -> of(passage, ts -> new PortugueseLightStemFilter(protect("pt", new ASCIIFoldingFilter(ts))));
            case "fr" -> of(passage, ts -> new FrenchLightStemFilter(protect("fr", new ASCIIFoldingFilter(new ElisionFilter(ts, FRENCH_ELISIONS)))));
            case "en" -> of(passage, ts -> new PorterStemFilter(protect("en", new ASCIIFoldingFilter(new EnglishPossessiveFilter(ts)))));
            default -> of(passage, ASCIIFoldingFilter::new);
        };
    }

    /** Any other language, titles, numbers: folded words, no stemming. */
    static Analyzer folded() {
        return forLanguage("other", false);
    }

    private static TokenStream protect(String language, TokenStream in) {
        StemmerOverrideFilter.StemmerOverrideMap map = PROTECTED.get(language);
        return map == null ? in : new StemmerOverrideFilter(in, map);
    }

    private interface Chain {
        TokenStream apply(TokenStream lowerCased);
    }

    private static Analyzer of(boolean passage, Chain chain) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                Reader r = new PatternReplaceCharFilter(NUMBER_SIGN, "", reader);
                return passage ? new PatternReplaceCharFilter(LINE_BREAK, " " + PARAGRAPH + " \n", r) : r;
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

    /** Each protected form maps to its term, in its language ("tratas" → "trata"). */
    private static Map<String, StemmerOverrideFilter.StemmerOverrideMap> protectedTerms() {
        Map<String, StemmerOverrideFilter.Builder> builders = new HashMap<>();
        try (InputStream in = Analyzers.class.getResourceAsStream("/corpus/thesaurus/protected.tsv")) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (header || line.isBlank() || line.startsWith("#")) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                String term = fold(f[1]);
                StemmerOverrideFilter.Builder b = builders.computeIfAbsent(f[0].strip(), k -> new StemmerOverrideFilter.Builder(true));
                for (String form : f[2].split("\\|")) {
                    b.add(fold(form), term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StemmerOverrideFilter.StemmerOverrideMap> out = new HashMap<>();
        builders.forEach((lang, b) -> {
            try {
                out.put(lang, b.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }
}
