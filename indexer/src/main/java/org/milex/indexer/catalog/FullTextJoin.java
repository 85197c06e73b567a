package org.milex.indexer.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the catalog record a file holds the full text of: by content (SHA-256), so a renamed copy still
 * joins; failing that, by exact file name.
 */
public final class FullTextJoin {

    private final Map<String, String> bySha = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Catalog catalog;

    public FullTextJoin(Catalog catalog) {
        this.catalog = catalog;
        for (FullText ft : catalog.fullTexts()) {
            for (FullText.File f : ft.files()) {
                if (f.sha256() != null) {
                    bySha.put(f.sha256().toLowerCase(), ft.record());
                }
                if (f.name() != null) {
                    byName.put(f.name(), ft.record());
                }
            }
        }
    }

    public Optional<CatalogRecord> find(String sha256, String fileName) {
        String id = bySha.get(sha256);
        if (id == null) {
            id = byName.get(fileName);
        }
        return id == null ? Optional.empty() : catalog.record(id);
    }
}
