package org.milex.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.extract.TextExtractorTest;
import org.milex.indexer.index.Schema;

/**
 * A batch of hostile and damaged files beside good ones: every bad file is named with its reason, time and
 * memory stay bounded, and every good file is indexed; a run over the same folder again reads only what
 * changed, and --prune removes what has gone.
 */
class HostileBatchTest {

    private static Indexer indexer(Path index, boolean prune) {
        return new Indexer(index, Catalog.bundled(), new Indexer.Options(2, 50L << 20, 60, false,
                new PrintStream(OutputStream.nullOutputStream())).pruning(prune));
    }

    @Test
    void everyHostileFileIsNamedAndNoGoodFileIsLost(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Random random = new Random(20261201);
        // good files
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-20507.md"), docs.resolve("good-chile.md"));
        Files.copy(SharedCorpus.migration().resolve("MX/LN_ley_de_nacionalidad.md"), docs.resolve("good-mexico.md"));
        Files.write(docs.resolve("latin1.txt"), ("Ley de Migración. Artículo 1. Los extranjeros que ingresen al país tendrán derecho a la "
                + "protección de la ley. Artículo 2. La autoridad migratoria otorgará la residencia temporal o permanente. ").repeat(6)
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(docs.resolve("utf16.txt"), ("Lei de Migração. Artigo 1. O imigrante tem direito à proteção da lei. Artigo 2. A "
                + "autoridade migratória concederá a residência. ").repeat(6).getBytes(StandardCharsets.UTF_16));
        // a PDF cut short after its last page: readable, but not whole
        byte[] pdf = TextExtractorTest.pdf("Ley de Migracion. Articulo 1. Los extranjeros tienen derecho a la proteccion de la ley.", false);
        Files.write(docs.resolve("cut-short.pdf"), Arrays.copyOf(pdf, pdf.length - 40));
        // damaged and hostile
        byte[] whole = Files.readAllBytes(firstPdf());
        Files.write(docs.resolve("truncated-third.pdf"), Arrays.copyOf(whole, whole.length / 3));
        Files.write(docs.resolve("junk.pdf"), junk(random));
        Files.write(docs.resolve("junk.docx"), junk(random));
        Files.write(docs.resolve("junk.html"), junk(random));
        Files.write(docs.resolve("empty.rtf"), new byte[0]);
        Files.write(docs.resolve("encrypted.pdf"), TextExtractorTest.pdf("Ley secreta. Articulo 1.", true));
        Files.writeString(docs.resolve("deep.xml"), "<a>".repeat(100_000) + "ley" + "</a>".repeat(100_000));
        Files.writeString(docs.resolve("laughs.xml"), "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><l>&g;</l>");
        zipBomb(docs.resolve("bomb.zip"));
        Files.write(docs.resolve("corrupt.zip"), junk(random));

        long start = System.nanoTime();
        IndexReport report = indexer(dir.resolve("index"), false).run(List.of(docs));
        double seconds = (System.nanoTime() - start) / 1e9;

        Set<String> bad = Set.of("truncated-third.pdf", "junk.pdf", "junk.docx", "junk.html", "empty.rtf", "encrypted.pdf", "deep.xml",
                "laughs.xml", "bomb.zip!/zeros.txt", "corrupt.zip");
        Set<String> named = report.skipped().stream().map(IndexReport.Problem::path).collect(Collectors.toSet());
        report.failed().forEach(p -> named.add(p.path()));
        assertEquals(bad, named, "every bad file named, each with its reason: " + report.skipped() + " " + report.failed());
        report.skipped().forEach(p -> assertTrue(!p.reason().isBlank(), p.toString()));
        report.failed().forEach(p -> assertTrue(!p.reason().isBlank(), p.toString()));
        assertEquals(5, report.indexed(), "the good files and the one cut short, all of them");
        assertEquals(List.of("cut-short.pdf"), report.warnings().stream().map(IndexReport.Problem::path).toList(),
                "the PDF cut short is indexed, and named: " + report.warnings());
        assertTrue(report.warnings().get(0).reason().contains("cut short"), report.warnings().get(0).reason());
        assertTrue(seconds < 120, "bounded time: " + seconds + " s");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            assertEquals(5, new IndexSearcher(reader).count(Schema.kind(Schema.KIND_VERSION)));
        }
    }

    @Test
    void aSecondRunReadsOnlyWhatChangedAndPruneRemovesWhatHasGone(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-20507.md"), docs.resolve("a.md"));
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-21325.md"), docs.resolve("b.md"));
        Files.copy(SharedCorpus.migration().resolve("MX/LN_ley_de_nacionalidad.md"), docs.resolve("c.md"));
        Path index = dir.resolve("index");
        IndexReport first = indexer(index, false).run(List.of(docs));
        assertEquals(3, first.added());

        IndexReport again = indexer(index, false).run(List.of(docs));
        assertEquals(0, again.indexed(), "nothing read again");
        assertEquals(3, again.unchangedCount());

        Files.writeString(docs.resolve("a.md"), Files.readString(docs.resolve("a.md")) + "\nArtículo final. Texto agregado.\n");
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-21568.md"), docs.resolve("d.md"));
        Files.delete(docs.resolve("c.md"));
        IndexReport third = indexer(index, true).run(List.of(docs));
        assertEquals(1, third.updated(), "a.md changed");
        assertEquals(1, third.added(), "d.md is new");
        assertEquals(1, third.unchangedCount(), "b.md as it was");
        assertEquals(1, third.removedCount(), "c.md has gone");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        third.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("1 added, 1 updated, 1 unchanged, 1 removed"), printed.toString());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(3, searcher.count(Schema.kind(Schema.KIND_VERSION)));
            assertEquals(0, searcher.count(new TermQuery(new Term(Schema.SOURCE, "c.md"))), "the gone file is no longer searchable");
        }

        // --full, as after an upgrade: every file read again, each replacing its own documents
        IndexReport full = new Indexer(index, Catalog.bundled(), new Indexer.Options(2, 50L << 20, 60, false,
                new PrintStream(OutputStream.nullOutputStream())).rereading(true)).run(List.of(docs));
        assertEquals(3, full.updated(), "a, b and d read again");
        assertEquals(0, full.unchangedCount());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(3, new IndexSearcher(reader).count(Schema.kind(Schema.KIND_VERSION)), "replaced, not duplicated");
        }
    }

    private static Path firstPdf() throws IOException {
        try (var files = Files.walk(SharedCorpus.migration())) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
    }

    private static byte[] junk(Random random) {
        byte[] b = new byte[20_000];
        random.nextBytes(b);
        return b;
    }

    /** One entry that inflates to 300 MB, from a few hundred kilobytes. */
    private static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }
}
