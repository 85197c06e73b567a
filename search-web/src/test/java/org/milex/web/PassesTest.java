package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.milex.search.SearchRequest;
import org.milex.search.SearchResult;
import org.milex.search.SearchService;

/**
 * A faceted search by relevance is counted and ranked in one pass on a small index and in two on a large one
 * (the size is a cost choice, see SearchService): both ways must give the same page, total and facets.
 */
class PassesTest {

    private static final List<Map<String, List<String>>> REQUESTS = List.of(
            Map.of("q", List.of("asilo")),
            Map.of("q", List.of("refugee status")),
            Map.of("q", List.of("\"trata de personas\"")),
            Map.of("q", List.of("residence"), "country", List.of("CA")),
            Map.of("q", List.of("migración"), "type", List.of("law"), "page", List.of("2")),
            Map.of("q", List.of("nationality"), "topic", List.of("nationality")),
            Map.of("q", List.of("IRPA s. 97")),
            Map.of("q", List.of("extranjeros trabajo"), "size", List.of("20")));

    @Test
    void oneAndTwoPassesGiveTheSameResults() throws Exception {
        TestSite site = TestSite.get();
        try (SearchService one = SearchService.open(site.index).twoPassesFrom(Integer.MAX_VALUE);
                SearchService two = SearchService.open(site.index).twoPassesFrom(0)) {
            for (Map<String, List<String>> params : REQUESTS) {
                SearchRequest request = SearchRequest.parse(params);
                SearchResult a = one.search(request);
                SearchResult b = two.search(request);
                assertTrue(a.total() > 0, "no hits for " + params);
                assertEquals(a.total(), b.total(), "total of " + params);
                assertEquals(a.facets(), b.facets(), "facets of " + params);
                assertEquals(ids(a), ids(b), "hits of " + params);
                assertEquals(a.hits().stream().map(SearchResult.Hit::landing).toList(), b.hits().stream().map(SearchResult.Hit::landing).toList(),
                        "landing articles of " + params);
            }
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.document().id()).toList();
    }
}
