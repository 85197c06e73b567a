package org.milex.indexer.catalog;

import java.util.List;

/**
 * The join between a catalog record and the files that hold its full text: a file matches by its
 * SHA-256 (any name, any folder), or by its exact file name.
 */
public record FullText(String record, List<File> files) {

    public record File(String name, String sha256, String note) {
    }
}
