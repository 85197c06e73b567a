package org.milex.indexer.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file to index, wherever it lives (a folder, a zip entry).
 *
 * @param path   the path users see and scripts rely on: relative to the source root, '/'-separated;
 *               inside a zip, the path within the zip
 * @param origin an absolute identity (canonical root + path) from which a stable document id is derived
 * @param size   size in bytes, or -1 when unknown
 */
public record SourceFile(String path, String origin, long size, Opener opener) {

    /** Opens the file's bytes; valid while the {@link SourceVisitor} handles the file (a zip closes after its walk). */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        return path.substring(slash + 1);
    }

    /** The name of the folder holding the file, or "" at the root; a country-code folder is a classifier hint. */
    public String folderName() {
        String p = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
