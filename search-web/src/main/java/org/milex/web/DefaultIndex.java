package org.milex.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.milex.indexer.IndexReport;
import org.milex.indexer.Indexer;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.index.IndexStore;
import org.milex.indexer.index.Schema;

/**
 * The index a plain "serve" uses: the bundled catalog, built on first start and rebuilt whenever the
 * bundled catalog changes (its fingerprint is kept in the index's commit data).
 */
public final class DefaultIndex {

    private DefaultIndex() {
    }

    /** $MILEX_HOME, else ~/.milex. */
    public static Path home() {
        String env = System.getenv("MILEX_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".milex");
    }

    public static Path ensure(Path home, Catalog catalog, PrintStream out) throws IOException {
        Path index = home.resolve("default-index");
        Files.createDirectories(index);
        Map<String, String> data = IndexStore.commitData(index);
        String built = data.get(IndexStore.CATALOG_FINGERPRINT);
        if (catalog.fingerprint().equals(built) && Schema.VERSION.equals(data.get(IndexStore.SCHEMA_VERSION))) {
            return index;
        }
        out.println(built == null ? "Building the index of the bundled catalog in " + index + " …"
                : "The bundled catalog or the index format changed; rebuilding " + index + " …");
        Path fresh = Files.createTempDirectory(home, "default-index-");
        IndexReport report = new Indexer(fresh, catalog, Indexer.Options.defaults(out)).run(List.of());
        report.print(out);
        replace(index, fresh);
        return index;
    }

    /** Swaps the new index in only once it is complete; the old one stays until then. */
    private static void replace(Path index, Path fresh) throws IOException {
        Path old = index.resolveSibling(index.getFileName() + ".old");
        deleteTree(old);
        Files.move(index, old);
        Files.move(fresh, index);
        deleteTree(old);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
