package org.milex.search;

import java.util.List;
import java.util.Map;
import org.milex.indexer.index.MilexDocument;

/**
 * One page of results with the facet counts of the whole result set.
 *
 * @param relaxed true when no document held every word, so documents holding any of them are shown
 */
public record SearchResult(long total, int page, int size, boolean relaxed, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /** A result: the document's metadata (without its text) and its best passages. */
    public record Hit(MilexDocument document, List<Snippet> snippets) {

        /** The first passage that falls inside an article: where a link to the hit should land. */
        public java.util.Optional<Snippet> article() {
            return snippets.stream().filter(s -> s.anchor() != null).findFirst();
        }
    }

    public record FacetValue(String value, long count) {
    }
}
