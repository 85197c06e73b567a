package org.milex.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts of the whole result set.
 *
 * @param relaxed true when no document held every word, so documents holding any of them are shown
 */
public record SearchResult(long total, int page, int size, boolean relaxed, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /** A result: the document's metadata, its best passages, and the article the first one falls in. */
    public record Hit(String id, String title, String number, String country, String type, List<String> topics,
                      String language, Integer year, String source, String catalogId, String kind, List<Snippet> snippets) {

        /** The first passage that falls inside an article: where a link to the hit should land. */
        public java.util.Optional<Snippet> article() {
            return snippets.stream().filter(s -> s.anchor() != null).findFirst();
        }
    }

    public record FacetValue(String value, long count) {
    }
}
