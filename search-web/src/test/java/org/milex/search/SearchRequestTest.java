package org.milex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void defaultsAndRepeatableFilters() {
        SearchRequest r = SearchRequest.parse(Map.of("country", List.of("mx", "AR,CL"), "topic", List.of("asylum-refugees")));
        assertEquals("", r.q());
        assertEquals(List.of("MX", "AR", "CL"), r.filters().get("country"));
        assertEquals(1, r.page());
        assertEquals(SearchRequest.DEFAULT_SIZE, r.size());
        assertEquals("date", r.sort(), "no query: newest first");
        assertEquals("relevance", SearchRequest.parse(Map.of("q", List.of("asilo"))).sort());
    }

    @Test
    void messagesSayWhatIsWrong() {
        BadRequest e = assertThrows(BadRequest.class, () -> SearchRequest.parse(Map.of("size", List.of("100000"))));
        assertTrue(e.getMessage().contains("between 1 and 100"), e.getMessage());
        e = assertThrows(BadRequest.class, () -> SearchRequest.parse(Map.of("from", List.of("abc"))));
        assertTrue(e.getMessage().contains("'from' must be a year"), e.getMessage());
    }

    @Test
    void queriesWithUnbalancedQuotesOrParenthesesAreRefusedClearly() {
        QueryFactory f = new QueryFactory(org.milex.indexer.index.Schema.analyzer(), org.milex.indexer.thesaurus.Thesaurus.bundled());
        assertTrue(assertThrows(BadRequest.class, () -> f.parse("\"asilo politico", true, java.util.Set.of(), false)).getMessage().contains("unbalanced quotes"));
        assertTrue(assertThrows(BadRequest.class, () -> f.parse("(a OR b", true, java.util.Set.of(), false)).getMessage().contains("unbalanced parentheses"));
        assertTrue(assertThrows(BadRequest.class, () -> f.parse("a OR b)", true, java.util.Set.of(), false)).getMessage().contains("closes nothing"));
        f.parse("\"asilo (político)\"", true, java.util.Set.of(), false);
    }
}
