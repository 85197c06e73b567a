package org.milex.indexer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTest {

    @Test
    void aFolderIsWalkedInOrderAndZipsInsideItAreOpenedInPlace(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("MX"));
        Files.writeString(dir.resolve("MX/b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        zip(dir.resolve("MX/laws.zip"), "inner/c.txt", "c");
        List<String> paths = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        Source.of(dir).walk(new SourceVisitor() {
            @Override
            public void file(SourceFile file) {
                paths.add(file.path());
                try (InputStream in = file.open()) {
                    contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void unreadable(String path, String reason) {
                paths.add("UNREADABLE " + path);
            }
        });
        assertEquals(List.of("MX/b.txt", "MX/laws.zip!/inner/c.txt", "a.txt"), paths);
        assertEquals(List.of("b", "c", "a"), contents);
    }

    @Test
    void aZipGivenAsSourceYieldsPathsInsideIt(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("corpus.zip");
        zip(zip, "eng/acts/I-2.5.xml", "<Statute/>");
        List<String> paths = new ArrayList<>();
        Source.of(zip).walk(new SourceVisitor() {
            @Override
            public void file(SourceFile file) {
                paths.add(file.path() + " in " + file.folderName());
            }

            @Override
            public void unreadable(String path, String reason) {
                paths.add("UNREADABLE " + path);
            }
        });
        assertEquals(List.of("eng/acts/I-2.5.xml in acts"), paths);
    }

    @Test
    void aCorruptZipInAFolderIsReportedNotThrown(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.zip"), "not a zip at all");
        List<String> unreadable = new ArrayList<>();
        Source.of(dir).walk(new SourceVisitor() {
            @Override
            public void file(SourceFile file) {
            }

            @Override
            public void unreadable(String path, String reason) {
                unreadable.add(path);
            }
        });
        assertEquals(List.of("broken.zip"), unreadable);
    }

    static void zip(Path zip, String entry, String content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
