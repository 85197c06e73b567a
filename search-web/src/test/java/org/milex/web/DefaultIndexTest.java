package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.indexer.catalog.Catalog;
import org.milex.search.SearchRequest;
import org.milex.search.SearchResult;
import org.milex.search.SearchService;

/** Out of the box: the bundled catalog, indexed on first start, lists all 35 states. */
class DefaultIndexTest {

    @Test
    void theBundledCatalogIsBuiltOnceAndCoversAllStates(@TempDir Path home) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path index = DefaultIndex.ensure(home, Catalog.bundled(), new PrintStream(log));
        assertTrue(log.toString().contains("Building the index"));
        try (SearchService search = SearchService.open(index)) {
            SearchResult all = search.search(SearchRequest.parse(Map.of("size", List.of("1"))));
            List<String> countries = all.facets().get("country").stream().map(SearchResult.FacetValue::value).toList();
            assertEquals(36, countries.size(), "35 states and INT: " + countries);
            assertTrue(countries.contains("INT"));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        DefaultIndex.ensure(home, Catalog.bundled(), new PrintStream(again));
        assertEquals("", again.toString(), "a second start reuses the index");
    }
}
