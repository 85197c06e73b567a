package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.FullText;
import org.milex.indexer.extract.TextExtractor;

class ArticleProfileTest {

    /** A text of numbered articles under a heading pattern, with the given numbers of words per article. */
    private static String text(String heading, int[] words, String word) {
        StringBuilder s = new StringBuilder("Title of the instrument\n\nA preamble that is not an article.\n\n");
        for (int i = 0; i < words.length; i++) {
            s.append(heading.formatted(i + 1)).append("\n\n");
            s.append((word + " ").repeat(words[i]).strip()).append("\n\n");
        }
        return s.toString();
    }

    private static int[] lengths(long seed, int n) {
        Random r = new Random(seed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = 5 + r.nextInt(200);
        }
        return out;
    }

    @Test
    void readsHeadingsOfAnyLanguageScriptAndOrder() {
        int[] words = lengths(1, 20);
        ArticleProfile english = ArticleProfile.of(text("Article %d", words, "word")).orElseThrow();
        assertEquals(20, english.articles());
        // a Cyrillic label with a full stop, the number first, a colon between, the number in brackets, joined
        // by a hyphen, with an ordinal suffix, and headings that go on with the article's name or first words
        for (String heading : List.of("Моддаи %d.", "%d. cikk", "BAB : %d", "Sariyɛ (%d)", "%d-madda", "%d‐nji madda:", "%d-бап", "Aya %dta",
                "Artículo %d. Del derecho a ser oído en su propia lengua", "Artículo %d.- La presente Ley")) {
            ArticleProfile other = ArticleProfile.of(text(heading, words, "слово")).orElseThrow(() -> new AssertionError(heading));
            assertEquals(20, other.articles(), heading);
            assertTrue(english.agreement(other) > 10, heading);
        }
        StringBuilder arabicIndic = new StringBuilder();
        text("مادة %d", words, "كلمة").codePoints().map(c -> c >= '0' && c <= '9' ? 0x0660 + c - '0' : c).forEach(arabicIndic::appendCodePoint);
        assertTrue(english.agreement(ArticleProfile.of(arabicIndic.toString()).orElseThrow()) > 10, "Arabic-Indic digits");
        assertTrue(ArticleProfile.of(text("مادة %d", words, "كلمة").replaceAll("\\d", "")).isEmpty(), "no numbers, no articles");
    }

    @Test
    void takesRomanNumeralsAndAFirstArticleSpelledOut() {
        int[] words = lengths(2, 12);
        String roman = text("Artigo %d.", words, "palavra");
        for (int i = 12; i >= 1; i--) {
            roman = roman.replace("Artigo " + i + ".", "Artigo " + toRoman(i) + ".");
        }
        ArticleProfile a = ArticleProfile.of(roman).orElseThrow();
        assertEquals(12, a.articles());
        String premier = text("Article %d", words, "mot").replace("Article 1\n", "Article premier\n");
        ArticleProfile b = ArticleProfile.of(premier).orElseThrow();
        assertEquals(12, b.articles());
        assertTrue(a.agreement(b) > 8);
    }

    @Test
    void aTranslationAgreesAndUnrelatedTextsDoNot() {
        int[] original = lengths(3, 30);
        int[] translation = new int[30];
        Random r = new Random(4);
        for (int i = 0; i < 30; i++) {
            // another language: longer overall, each passage off by up to a quarter either way
            translation[i] = (int) Math.round(original[i] * 1.3 * (0.75 + r.nextDouble() * 0.5));
        }
        translation[29] = 0; // an unfinished translation's placeholder
        ArticleProfile a = ArticleProfile.of(text("Article %d", original, "word")).orElseThrow();
        ArticleProfile b = ArticleProfile.of(text("Artigu %d", translation, "palabra")).orElseThrow();
        assertTrue(a.agreement(b) >= Translations.MIN_AGREEMENT, "translation: " + a.agreement(b));
        int above = 0;
        for (long seed = 100; seed < 1100; seed++) {
            ArticleProfile unrelated = ArticleProfile.of(text("Article %d", lengths(seed, 30), "word")).orElseThrow();
            if (a.agreement(unrelated) >= Translations.MIN_AGREEMENT) {
                above++;
            }
        }
        assertTrue(above <= 1, above + " of 1000 unrelated shapes agreed");
        ArticleProfile shorter = ArticleProfile.of(text("Article %d", java.util.Arrays.copyOf(original, 29), "word")).orElseThrow();
        assertEquals(0, a.agreement(shorter), "a translation keeps the number of articles");
    }

    @Test
    void fewArticlesAreNoShape() {
        assertEquals(Optional.empty(), ArticleProfile.of(text("Article %d", lengths(5, ArticleProfile.MIN_ARTICLES - 1), "word")));
        assertEquals(Optional.empty(), ArticleProfile.of("Chapter 3 of the Act\n\nArticle 9\n\ntext"));
    }

    @Test
    void formatRoundTrips() {
        ArticleProfile a = ArticleProfile.of(text("Article %d", lengths(6, 10), "word")).orElseThrow();
        assertTrue(a.agreement(ArticleProfile.parse(a.format())) > 5);
    }

    /**
     * {@code article-profiles.tsv} holds the shapes of the catalog's full texts: recomputed here from the texts in
     * ../shared, so it cannot go stale. On a mismatch the message is the file as it should be.
     */
    @Test
    void theKeptShapesAreTheTextsShapes() throws Exception {
        Path root = SharedCorpus.root();
        Catalog catalog = Catalog.bundled();
        List<String> rows = new ArrayList<>();
        try (TextExtractor extractor = new TextExtractor(120)) {
            for (FullText ft : catalog.fullTexts()) {
                for (FullText.File f : ft.files()) {
                    Path path = f.note() == null ? null : root.getParent().getParent().resolve(f.note().replaceFirst("^\\.\\./", ""));
                    if (path == null || !Files.isRegularFile(path)) {
                        continue;
                    }
                    ArticleProfile.of(extractor.extract(f.name(), Files.readAllBytes(path)).text())
                            .ifPresent(p -> rows.add(ft.record() + "\t" + f.name() + "\t" + p.format()));
                }
            }
        }
        List<String> kept = TsvResource.rows("article-profiles.tsv").stream().map(r -> String.join("\t", r)).toList();
        assertTrue(rows.size() >= 20, rows.size() + " shapes");
        assertEquals(rows.stream().collect(Collectors.joining("\n")), kept.stream().collect(Collectors.joining("\n")));
    }

    private static String toRoman(int n) {
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return "X".repeat(n / 10) + ones[n % 10];
    }
}
