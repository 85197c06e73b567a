package org.milex.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.indexer.catalog.Catalog;

/** A bad file never stops the batch: it is named with its reason and the rest is indexed. */
class BadFilesTest {

    @Test
    void corruptHugeEmptyAndHiddenFilesAreReportedAndTheRestIndexed(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-20507.md"), docs.resolve("good.md"));
        Files.write(docs.resolve("corrupt.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj <</Type/Catalog>> trailer garbage".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(docs.resolve("corrupt.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Files.write(docs.resolve("huge.txt"), new byte[3 << 20]);
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.writeString(docs.resolve(".DS_Store"), "x");
        Files.writeString(docs.resolve("SOURCES.md"), "# Sources\n\n- good.md: Ley 20.507, from the Biblioteca del Congreso Nacional de Chile\n");
        Files.copy(SharedCorpus.migration().resolve("MX/LN_ley_de_nacionalidad.md"), docs.resolve("z-good.md"));

        IndexReport report = new Indexer(dir.resolve("index"), Catalog.bundled(),
                new Indexer.Options(2, 2L << 20, 60, false, new PrintStream(OutputStream.nullOutputStream())))
                .run(List.of(docs));

        assertEquals(2, report.indexed());
        assertEquals(8, report.files(), "every file accounted for");
        assertTrue(report.skipped().stream().anyMatch(p -> p.path().equals("huge.txt") && p.reason().startsWith("too large")));
        assertTrue(report.skipped().stream().anyMatch(p -> p.path().equals("empty.txt") && p.reason().equals("empty file")));
        assertTrue(report.skipped().stream().anyMatch(p -> p.path().equals(".DS_Store")));
        assertTrue(report.skipped().stream().anyMatch(p -> p.path().equals("SOURCES.md") && p.reason().contains("not a document")),
                "a collection's provenance notes are not indexed as a law: " + report.skipped());
        assertEquals(List.of("corrupt.docx", "corrupt.pdf"), report.failed().stream().map(IndexReport.Problem::path).toList(),
                "corrupt files fail, named: " + report.failed());
        try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            assertEquals(2, searcher.count(org.milex.indexer.index.Schema.kind(org.milex.indexer.index.Schema.KIND_VERSION)));
            assertEquals(2, searcher.count(org.milex.indexer.index.Schema.kind(org.milex.indexer.index.Schema.KIND_INSTRUMENT)));
        }
    }

    @Test
    void aMissingSourceIsReportedAndOtherSourcesStillIndexed(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-21568.md"), docs.resolve("ley.md"));
        IndexReport report = new Indexer(dir.resolve("index"), Catalog.bundled(),
                new Indexer.Options(1, 1L << 30, 60, false, new PrintStream(OutputStream.nullOutputStream())))
                .run(List.of(dir.resolve("does-not-exist"), docs));
        assertEquals(1, report.indexed());
        assertEquals(1, report.failed().size());
        assertTrue(report.failed().get(0).reason().contains("cannot be read"), report.failed().toString());
    }
}
