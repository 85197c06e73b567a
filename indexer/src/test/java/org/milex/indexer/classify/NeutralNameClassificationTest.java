package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.ExtractionException;
import org.milex.indexer.extract.TextExtractor;

/**
 * Classification from the text alone: each real file is read under a neutral name, outside any country
 * folder and without the catalog, and must still be classified right (labels set by hand from the
 * official texts).
 */
class NeutralNameClassificationTest {

    static TextExtractor extractor;
    static final Classifier CLASSIFIER = new Classifier(org.milex.indexer.catalog.Catalog.bundled());

    @BeforeAll
    static void open() {
        extractor = new TextExtractor(300);
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MX/LMigra_ley_de_migracion.md                                          | MX  | law          | 2011 | es | entry-stay
            MX/Ley_de_Migracion_CamaraDiputados_DOF-2026-01-15.pdf                 | MX  | law          | 2011 | es | entry-stay
            MX/LRPCAP_ley_sobre_refugiados_proteccion_complementaria_y_asilo_politico_antes.md | MX | law | 2011 | es | asylum-refugees
            MX/LN_ley_de_nacionalidad.md                                           | MX  | law          | 1998 | es | nationality
            MX/Reglamento_Ley_de_Nacionalidad_CamaraDiputados.pdf                  | MX  | regulation   | 2009 | es | nationality
            MX/Lineamientos_expedicion_visas_DOF-2025-07-25.pdf                    | MX  | administrative | 2025 | es | entry-stay
            MX/LGPSEDMTP_ley_general_para_prevenir_sancionar_y_erradicar_los_delitos_en_materia.md | MX | law | 2012 | es | trafficking
            BR/L13445_Lei-de-Migracao.html                                         | BR  | law          | 2017 | pt | entry-stay
            CA/act_I-2.5.en.xml                                                    | CA  | law          | 2001 | en | asylum-refugees
            CA/act_I-2.5.fr.xml                                                    | CA  | law          | 2001 | fr | asylum-refugees
            CA/reg_SOR-2002-227.en.xml                                             | CA  | regulation   | 2002 | en | entry-stay
            CA/act_C-29.en.xml                                                     | CA  | law          | 1976 | en | nationality
            CL/LEY-21325.md                                                        | CL  | law          | 2021 | es | entry-stay
            CL/LEY-20507.md                                                        | CL  | law          | 2011 | es | smuggling
            DO/Ley_General_de_Migracion_285-04_y_Reglamento_Dec631-11.pdf          | DO  | law          | 2004 | es | entry-stay
            AR/Constitucion_Nacion_Argentina_1994.md                               | AR  | constitution | 1994 | es | nationality
            US/USCODE-2024-title8-chap15.htm                                       | US  | law          | 2002 | en | borders
            INT/refugee-convention-1951_BWBV0001002.md                             | INT | treaty       | 1951 | en | asylum-refugees
            INT/reduction-of-statelessness-convention-1961_BWBV0004351.md          | INT | treaty       | 1961 | en | nationality
            INT/palermo-trafficking-protocol-2000_BWBV0001749.md                   | INT | treaty       | 2000 | en | trafficking
            INT/palermo-smuggling-protocol-2000_BWBV0001750.md                     | INT | treaty       | 2000 | en | smuggling
            INT/udhr-1948.spa.html                                                 | INT | declaration  |      | es | rights
            """)
    void classifiesAFileAloneUnderANeutralName(String file, String country, String type, Integer year, String language, String topic)
            throws IOException, ExtractionException {
        Path original = SharedCorpus.migration().resolve(file);
        String neutral = "document" + original.getFileName().toString().substring(original.getFileName().toString().lastIndexOf('.'));
        ExtractedText text = extractor.extract(neutral, Files.readAllBytes(original));
        Classification c = CLASSIFIER.classify(text, text.title(), "");
        assertEquals(country, c.country(), "country");
        assertEquals(type, c.type(), "type");
        assertEquals(year, c.year(), "year of adoption");
        assertEquals(language, text.language(), "language");
        // which topics exactly is measured, with floors, on the held-out labels (ClassificationFloorTest)
        assertTrue(!c.topics().isEmpty(), "a migration text gets topics: " + topic + " expected among them, got none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CA/act_I-2.5.en.xml                               | Immigration and Refugee Protection Act
            BR/L13445_Lei-de-Migracao.html                    | Lei Nº 13.445, de 24 de maio de 2017. — Institui a Lei de Migração.
            MX/LMigra_ley_de_migracion.md                     | Ley de Migración
            INT/refugee-convention-1951_BWBV0001002.md        | Convention Relating to the Status of Refugees
            US/USCODE-2024-title8-chap14.htm                  | Chapter 14—Restricting Welfare and Public Benefits for Aliens
            MX/Lineamientos_expedicion_visas_DOF-2025-07-25.pdf | Lineamientos Generales para la expedición de visas que emiten las secretarías de Gobernación y de Relaciones Exteriores.
            """)
    void titlesAreTheInstrumentsOwnNotBannersOrNumbers(String file, String title) throws IOException, ExtractionException {
        Path original = SharedCorpus.migration().resolve(file);
        ExtractedText text = extractor.extract(original.getFileName().toString(), Files.readAllBytes(original));
        assertEquals(title, text.title());
    }

    @org.junit.jupiter.api.Test
    void otherFormatsOfTheSameTextClassifyAlike() throws IOException, ExtractionException {
        for (String file : List.of("CL/LEY-20507.docx", "CL/LEY-20507.rtf", "MX/LN_ley_de_nacionalidad.doc",
                "MX/LN_ley_de_nacionalidad.odt", "BR/L13445_Lei-de-Migracao.docx")) {
            Path p = SharedCorpus.formats().resolve(file);
            ExtractedText text = extractor.extract("document" + file.substring(file.lastIndexOf('.')), Files.readAllBytes(p));
            Classification c = CLASSIFIER.classify(text, text.title(), "");
            assertEquals(file.substring(0, 2), c.country(), file);
            assertEquals("law", c.type(), file);
            assertTrue(c.year() != null && c.year() > 1990, file + " year " + c.year());
        }
    }
}
