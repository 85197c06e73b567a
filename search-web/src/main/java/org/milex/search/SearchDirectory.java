package org.milex.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The index as the search reads it: stored fields and the postings' offsets through a file channel, everything
 * else memory-mapped (the split Elasticsearch's "hybridfs" store makes). A search reads a few stored documents and
 * their offsets, scattered over large files, for the hits it shows and highlights; mapped, each read also maps the
 * pages around it into the process (the kernel maps up to 64 KB at a time from the page cache), so that a few
 * hundred searches held 150 MB of them resident on the bulk set. Read through a channel, the same pages stay in
 * the page cache, shared and reclaimable, outside the server's resident set. Postings, doc values and the term
 * dictionaries, read in long runs by every search, stay mapped.
 */
final class SearchDirectory {

    /** Stored-field data (the texts of passages and versions) and the postings' offsets, read only to highlight a hit. */
    private static final Set<String> READ = Set.of("fdt", "pay");

    private SearchDirectory() {
    }

    static Directory open(Path folder) throws IOException {
        return new FileSwitchDirectory(READ, new NIOFSDirectory(folder), new MMapDirectory(folder), true);
    }
}
