package org.milex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.indexer.SharedCorpus;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void mistakesPrintTheUsageAndExitWith2() throws IOException {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("unknown command"));
        assertEquals(2, run("index", "--source"));
        assertTrue(err.toString().contains("--source needs a value"));
        assertEquals(2, run("index", "--index", "x"));
        assertTrue(err.toString().contains("at least one --source"));
        assertEquals(2, run("serve", "--port", "eighty"));
    }

    @Test
    void indexPrintsTheAccountOfEveryFile(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SharedCorpus.migration().resolve("CL/LEY-21568.md"), docs.resolve("reforma.md"));
        Files.write(docs.resolve("empty.pdf"), new byte[0]);
        assertEquals(0, run("index", "--source", docs.toString(), "--index", dir.resolve("idx").toString(), "--no-catalog"));
        String report = out.toString();
        assertTrue(report.contains("Indexed 1 files"), report);
        assertTrue(report.contains("skipped  empty.pdf: empty file"), report);
    }

    /** The benchmark runs its whole mix without an error and prints every figure; its numbers are not judged here. */
    @Test
    void benchPrintsSearchAndIndexingFigures(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (String f : new String[] {"CL/LEY-21568.md", "CL/LEY-20507.md", "MX/LN_ley_de_nacionalidad.md"}) {
            Files.copy(SharedCorpus.migration().resolve(f), docs.resolve(f.replace('/', '-')));
        }
        Path index = dir.resolve("idx");
        assertEquals(0, run("index", "--source", docs.toString(), "--index", index.toString()));
        Path mix = dir.resolve("mix.tsv");
        assertEquals(0, run("bench", "--index", index.toString(), "--source", docs.toString(), "--searches", "40", "--rounds", "1",
                "--mix", mix.toString()), err.toString());
        String report = out.toString();
        for (String line : new String[] {"in process, 1 client", "in process, 4 clients", "HTTP, 1 client", "HTTP, 4 clients",
            "HTTP, no snippets, 1 client"}) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith(line) && l.trim().endsWith(" 0")), line + " ran without errors:\n" + report);
        }
        assertTrue(report.contains("Cold start"), report);
        assertTrue(report.contains("MILEX indexes at"), report);
        assertTrue(report.contains("end to end: 3 files"), report);
        assertTrue(Files.readAllLines(mix).size() >= 30, "the mix is kept for another run");

        // synthetic documents recombined from the index's articles, indexed like any source
        Path zip = dir.resolve("synthetic.zip");
        assertEquals(0, run("bench", "--index", index.toString(), "--synthesize", "25", "--out", zip.toString()), err.toString());
        assertTrue(out.toString().contains("Wrote 25 documents"), out.toString());
        Path synthetic = dir.resolve("idx-synthetic");
        assertEquals(0, run("index", "--source", zip.toString(), "--index", synthetic.toString(), "--no-catalog"), err.toString());
        assertTrue(out.toString().contains("Indexed 25 files"), out.toString());
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(synthetic))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            var hits = searcher.search(org.milex.indexer.index.Schema.kind(org.milex.indexer.index.Schema.KIND_VERSION), 100);
            assertEquals(25, hits.totalHits.value());
            for (var sd : hits.scoreDocs) {
                var d = org.milex.indexer.index.Schema.fromLucene(searcher.storedFields().document(sd.doc));
                assertTrue(d.title().endsWith("(synthetic)"), d.title());
                assertTrue(d.text().contains("Synthetic document for benchmarks"), d.id());
                assertFalse(d.articles().isEmpty(), "recombined articles are found as articles: " + d.id());
            }
        }
    }
}
