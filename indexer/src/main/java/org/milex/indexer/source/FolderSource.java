package org.milex.indexer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder, walked recursively in name order; zip archives found inside are opened in place. */
final class FolderSource implements Source {

    private final Path root;
    private final Path canonicalRoot;

    FolderSource(Path root) throws IOException {
        this.root = root;
        this.canonicalRoot = root.toRealPath();
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public void walk(SourceVisitor visitor) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(canonicalRoot)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            visitor.unreadable(root.toString(), "folder could not be walked: " + e.getCause().getMessage());
            return;
        }
        for (Path file : files) {
            String relative = canonicalRoot.relativize(file).toString().replace('\\', '/');
            if (Source.isZip(file)) {
                try {
                    new ZipSource(file, relative + "!/").walk(visitor);
                } catch (IOException e) {
                    visitor.unreadable(relative, "zip archive could not be opened: " + e.getMessage());
                }
            } else {
                visitor.file(new SourceFile(relative, file.toString(), sizeOf(file), () -> Files.newInputStream(file)));
            }
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
