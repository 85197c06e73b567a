package org.milex.indexer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One file given directly; its source path is its file name. */
final class SingleFileSource implements Source {

    private final Path file;

    SingleFileSource(Path file) {
        this.file = file;
    }

    @Override
    public Path root() {
        return file;
    }

    @Override
    public void walk(SourceVisitor visitor) throws IOException {
        Path real = file.toRealPath();
        visitor.file(new SourceFile(real.getFileName().toString(), real.toString(),
                FolderSource.sizeOf(real), () -> Files.newInputStream(real)));
    }
}
