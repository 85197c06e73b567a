package org.milex.indexer.source;

/** Receives what a {@link Source} walks: files to index, and places it could not read. */
public interface SourceVisitor {

    void file(SourceFile file);

    /** A path that could not be walked or opened at all (unreadable folder, corrupt zip). */
    void unreadable(String path, String reason);
}
