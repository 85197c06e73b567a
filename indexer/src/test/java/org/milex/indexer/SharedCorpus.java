package org.milex.indexer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real legal texts beside the project (../shared/corpus-src). Tests that need them skip on a developer
 * machine without them, and fail loudly in CI (CI=true), where their absence is a broken set-up.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("corpus-src");
            if (Files.isDirectory(candidate.resolve("migration"))) {
                return candidate;
            }
        }
        String message = "../shared/corpus-src (the real legal texts) not found above " + dir;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ": CI must provide it");
        }
        Assumptions.abort(message + "; skipping");
        throw new IllegalStateException(message);
    }

    public static Path migration() {
        return root().resolve("migration");
    }

    public static Path formats() {
        return root().resolve("formats");
    }

    public static Path bulk() {
        return root().resolve("bulk");
    }

    /** Number of regular files under a folder. */
    public static long countFiles(Path folder) {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
