package org.milex.search;

import java.util.List;
import java.util.Map;
import org.milex.indexer.index.Instrument;
import org.milex.indexer.index.MilexDocument;

/**
 * One page of results with the facet counts of the whole result set. A result is an instrument, shown through
 * the version of it that best matches the query.
 *
 * @param relaxed     true when no instrument held most of the words, so those holding any of them are shown
 * @param expanded    the terms the thesaurus added to the query, by language
 * @param suggestions corrected queries, when the query finds little
 */
public record SearchResult(long total, int page, int size, boolean relaxed, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           Map<String, List<String>> expanded, List<String> suggestions) {

    /**
     * A result.
     *
     * @param document the instrument's facts (the catalog's where it has a record) with the shown version's id,
     *                 source, language and articles; without its text
     * @param snippets the highlighted passages of the article that best matches
     * @param landing  the anchor a link to the hit lands on, or null for the top of the document
     * @param label    the words that name that article
     * @param articles the other matching articles, best first (anchor, label, a snippet)
     * @param versions every version of the instrument: formats, languages, as enacted and as consolidated
     */
    public record Hit(MilexDocument document, List<Snippet> snippets, String landing, String label, List<Snippet> articles,
                      List<Instrument.Version> versions) {
    }

    public record FacetValue(String value, long count) {
    }
}
