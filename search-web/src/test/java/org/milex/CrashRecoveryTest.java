package org.milex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.indexer.SharedCorpus;
import org.milex.search.SearchRequest;
import org.milex.search.SearchService;

/**
 * An indexing process killed half way (kill -9, while it works through a 37 MB zip of Canadian acts) leaves
 * the last good index searchable, unchanged.
 */
class CrashRecoveryTest {

    @Test
    void aKilledIndexerLeavesTheLastGoodIndex(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SharedCorpus.migration().resolve("MX/LN_ley_de_nacionalidad.md"), docs.resolve("ln.md"));
        assertEquals(0, Main.run(new String[] {"index", "--source", docs.toString(), "--index", index.toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
        int good = numDocs(index);

        Process indexer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "index", "--source", SharedCorpus.bulk().resolve("ca-acts-en-fr.zip").toString(), "--index", index.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(indexer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("...")) {
                // wait for the first progress line: files are being indexed
            }
            assertTrue(indexer.isAlive(), "the indexer is still at work when killed");
            indexer.destroyForcibly();
            assertTrue(indexer.waitFor(30, TimeUnit.SECONDS));
        }

        assertEquals(good, numDocs(index), "the index is the last committed one");
        try (SearchService search = SearchService.open(index)) {
            assertTrue(search.search(SearchRequest.parse(java.util.Map.of("q", List.of("nacionalidad")))).total() > 0);
        }
    }

    private static int numDocs(Path index) throws IOException {
        try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }
}
