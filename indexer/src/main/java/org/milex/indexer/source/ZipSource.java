package org.milex.indexer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A zip archive read in place through the JDK's zip file system. Each entry is a file whose source path
 * is its path inside the archive (prefixed by the archive's own path when the zip sits in a folder).
 * A file's opener works only while the visitor handles it: the zip file system is closed after the walk.
 */
final class ZipSource implements Source {

    private final Path zip;
    private final String prefix;

    ZipSource(Path zip, String prefix) {
        this.zip = zip;
        this.prefix = prefix;
    }

    @Override
    public Path root() {
        return zip;
    }

    @Override
    public void walk(SourceVisitor visitor) throws IOException {
        Path real = zip.toRealPath();
        try (FileSystem fs = FileSystems.newFileSystem(real)) {
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(fs.getPath("/"))) {
                entries = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (UncheckedIOException e) {
                visitor.unreadable(prefix.isEmpty() ? zip.toString() : prefix, "zip could not be listed: " + e.getCause().getMessage());
                return;
            }
            for (Path entry : entries) {
                String inside = entry.toString().substring(1);
                visitor.file(new SourceFile(prefix + inside, real + "!/" + inside, FolderSource.sizeOf(entry),
                        () -> Files.newInputStream(entry)));
            }
        }
    }
}
