package org.milex.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.extract.Ocr;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;

/** Indexes the real texts of ../shared/corpus-src/migration and /formats and accounts for every file. */
class MigrationCorpusIndexTest {

    @TempDir
    static Path dir;
    static Path index;
    static IndexReport first;
    static List<Path> sources;

    @BeforeAll
    static void indexOnce() throws IOException {
        sources = List.of(SharedCorpus.migration(), SharedCorpus.formats());
        index = dir.resolve("index");
        first = new Indexer(index, Catalog.bundled(), Indexer.Options.defaults(quiet())).run(sources);
    }

    static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    @Test
    void everyFileIsIndexedOrNamedWithAReason() {
        long onDisk = SharedCorpus.countFiles(SharedCorpus.migration()) + SharedCorpus.countFiles(SharedCorpus.formats());
        assertEquals(onDisk, first.files(), "indexed + skipped + failed must equal the files on disk");
        assertEquals(List.of(), first.failed(), "no real legal text should fail");
        for (IndexReport.Problem p : first.skipped()) {
            assertTrue(!p.reason().isBlank(), "a skipped file is named with a reason: " + p);
        }
        assertTrue(first.indexed() >= 80, "the 82 readable files are indexed: " + first.indexed());
    }

    /** With Tesseract installed (as CI installs it) the scan is read; without it, it is named as needing OCR. */
    @Test
    void theScannedPdfIsReadByOcrOrNamedAsNeedingIt() throws IOException {
        String scan = "MX/Reglamento_Ley_de_Nacionalidad_p1-3_scanned-no-text-layer.pdf";
        try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher s = new IndexSearcher(reader);
            long indexed = s.count(new TermQuery(new Term(Schema.SOURCE, scan)));
            if (Ocr.system().available()) {
                assertEquals(1, indexed, "tesseract is installed: the scan is read");
                var hit = s.search(new TermQuery(new Term(Schema.SOURCE, scan)), 1).scoreDocs[0];
                String text = Schema.fromLucene(s.storedFields().document(hit.doc)).text();
                assertTrue(text.contains("NACIONALIDAD") && text.contains("naturalizaci"), "searchable by its words: " + text.substring(0, 200));
            } else {
                assertEquals(0, indexed);
                IndexReport.Problem p = first.skipped().stream().filter(x -> x.path().endsWith(scan)).findFirst().orElseThrow();
                assertTrue(p.reason().contains("needs OCR"), p.reason());
            }
            assertEquals(1, s.count(new TermQuery(new Term(Schema.SOURCE, "MX/Reglamento_Ley_de_Nacionalidad_CamaraDiputados.pdf"))));
        }
    }

    @Test
    void indexingTheSameSourcesAgainUpdatesInsteadOfDuplicating() throws IOException {
        int before = numDocs();
        IndexReport again = new Indexer(index, Catalog.bundled(), Indexer.Options.defaults(quiet())).run(sources);
        // Unchanged bytes are not read again: every file counts as unchanged, none is added twice.
        assertEquals(0, again.indexed(), "nothing re-read");
        assertEquals(first.indexed(), again.unchangedCount(), "every indexed file recognised as unchanged");
        assertEquals(before, numDocs());
        assertEquals(first.indexed() + first.records(), before, "one document per indexed file and per catalog record");
    }

    @Test
    void filesOfCatalogRecordsCarryTheCatalogFacts() throws IOException {
        try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher s = new IndexSearcher(reader);
            var hits = s.search(new TermQuery(new Term(Schema.SOURCE, "CA/act_I-2.5.en.xml")), 1);
            MilexDocument irpa = Schema.fromLucene(s.storedFields().document(hits.scoreDocs[0].doc));
            assertEquals("ca-irpa-2001", irpa.catalogId());
            assertEquals("Immigration and Refugee Protection Act", irpa.title());
            assertEquals("CA", irpa.country());
            assertEquals(2001, irpa.year());
            assertEquals("en", irpa.language());
            assertEquals(Catalog.bundled().record("ca-irpa-2001").orElseThrow().topics(), irpa.topics(), "the catalog's topics win");
        }
    }

    @Test
    void aZipIsReadInPlaceWithOneDocumentPerEntry(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("texts.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("CL/LEY-20507.md", "MX/LN_ley_de_nacionalidad.md")) {
                out.putNextEntry(new java.util.zip.ZipEntry("laws/" + name));
                out.write(Files.readAllBytes(SharedCorpus.migration().resolve(name)));
                out.closeEntry();
            }
        }
        IndexReport report = new Indexer(tmp.resolve("zip-index"), Catalog.bundled(),
                new Indexer.Options(1, 1L << 30, 60, false, quiet())).run(List.of(zip));
        assertEquals(2, report.indexed());
        try (var reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("zip-index")))) {
            IndexSearcher s = new IndexSearcher(reader);
            for (String inside : Set.of("laws/CL/LEY-20507.md", "laws/MX/LN_ley_de_nacionalidad.md")) {
                assertEquals(1, s.count(new TermQuery(new Term(Schema.SOURCE, inside))), inside);
            }
        }
    }

    /** Versions in the index: one per indexed file and per catalog record (their passages and instruments aside). */
    private static int numDocs() throws IOException {
        try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
            return new IndexSearcher(reader).count(Schema.kind(Schema.KIND_VERSION));
        }
    }
}
