package org.milex.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The index as the search reads it: stored fields, positions and the postings' offsets through a file channel,
 * everything else memory-mapped (close to the split Elasticsearch's "hybridfs" store makes). A search reads a few
 * stored documents and their offsets, scattered over large files, for the hits it shows and highlights, and the
 * positions of the matches its phrases and proximity reward look at; mapped, each read also maps the pages around
 * it into the process (the kernel maps up to 64 KB at a time from the page cache), so that a few hundred searches
 * held 150 MB of stored fields and 127 MB of positions resident on the bulk set. Read through a channel, the same
 * pages stay in the page cache, shared and reclaimable, outside the server's resident set. Positions through the
 * channel took peak RSS from 694-696 to 599-606 MB on the bulk set and from 2,295-2,310 to 1,635-1,651 MB at 1M,
 * for about a tenth of the throughput at 1M (4 clients over HTTP 62-63 against 51-57 searches/s). Postings, doc
 * values and the term dictionaries, read in long runs by every search, stay mapped.
 */
final class SearchDirectory {

    /**
     * Stored-field data (the texts of passages and versions) and the postings' offsets, read only to highlight a
     * hit, and positions, read only for the matches a phrase or the proximity reward looks at.
     */
    private static final Set<String> READ = Set.of("fdt", "pay", "pos");

    private SearchDirectory() {
    }

    static Directory open(Path folder) throws IOException {
        return new FileSwitchDirectory(READ, new NIOFSDirectory(folder), new MMapDirectory(folder), true);
    }
}
