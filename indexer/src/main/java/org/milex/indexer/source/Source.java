package org.milex.indexer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where documents come from: a folder (walked recursively, zips inside it opened in place),
 * a zip archive (read in place, never unpacked) or a single file.
 */
public interface Source {

    /** The path the user gave, for messages. */
    Path root();

    /** Walks every file in a stable order; nothing is thrown for a single bad entry, it is reported to the visitor. */
    void walk(SourceVisitor visitor) throws IOException;

    static Source of(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            return new FolderSource(path);
        }
        if (isZip(path)) {
            return new ZipSource(path, "");
        }
        return new SingleFileSource(path);
    }

    static boolean isZip(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
