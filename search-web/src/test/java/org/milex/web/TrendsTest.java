package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trends and the exports researchers rely on: counts that agree with the search, every year, every row. */
class TrendsTest {

    static final TestSite SITE = TestSite.get();

    @ParameterizedTest
    @ValueSource(strings = {"q=asilo", "country=MX", "topic=trafficking&lang=es", "q=nacionalidad&type=law", ""})
    void theTrendsAgreeWithTheSearchsYearFacet(String filters) {
        JsonNode search = SITE.api("/api/search?size=1&" + filters);
        Map<String, Long> facet = new HashMap<>();
        search.get("facets").get("year").forEach(v -> facet.put(v.get("value").asText(), v.get("count").asLong()));
        JsonNode trends = SITE.api("/api/trends?source=documents&" + filters);
        Map<String, Long> counted = new HashMap<>();
        trends.get("years").forEach(y -> {
            if (y.get("documents").asLong() > 0) {
                counted.put(y.get("year").asText(), y.get("documents").asLong());
            }
        });
        assertEquals(facet, counted, filters);
        assertEquals(search.get("total").asLong(), trends.get("documents").asLong(), "every matching instrument counted once");
    }

    @Test
    void everyYearIsThereFromTheFirstToTheLast() {
        JsonNode years = SITE.api("/api/trends?topic=asylum-refugees").get("years");
        assertTrue(years.size() > 30, "years: " + years.size());
        for (int i = 1; i < years.size(); i++) {
            assertEquals(years.get(i - 1).get("year").asInt() + 1, years.get(i).get("year").asInt(), "no year left out");
        }
    }

    /** "How many instruments did Mexico, Guatemala and Honduras adopt or amend on trafficking since 2000, and when did each ratify Palermo?" */
    @Test
    void aResearcherAnswersTheTraffickingQuestionFromTheSite() {
        JsonNode t = SITE.api("/api/trends?country=MX&country=GT&country=HN&topic=trafficking&from=2000&by=kind");
        assertEquals(2000, t.get("years").get(0).get("year").asInt());
        Set<String> ratifiedPalermo = new HashSet<>();
        Set<String> legislated = new HashSet<>();
        for (JsonNode e : t.get("events")) {
            assertTrue(Set.of("MX", "GT", "HN").contains(e.get("country").asText()), e.toString());
            assertTrue(e.get("date").asText().compareTo("2000") >= 0, e.toString());
            if (e.get("kind").asText().equals("ratified") && e.get("instrument").asText().equals("int-trafficking-protocol-2000")) {
                ratifiedPalermo.add(e.get("country").asText());
            }
            if (Set.of("enacted", "amended", "regulated", "replaced").contains(e.get("kind").asText())) {
                legislated.add(e.get("country").asText());
                String url = e.get("url").asText();
                assertTrue(e.get("instrument").isNull() ? url.startsWith("/?q=") : url.equals("/documents/" + e.get("instrument").asText()),
                        "each event links to its instrument, or to a search for it when the catalog has no record of it: " + e);
            }
        }
        assertEquals(Set.of("MX", "GT", "HN"), ratifiedPalermo, "when each ratified the Palermo protocol");
        assertEquals(Set.of("MX", "GT", "HN"), legislated, "what each adopted or amended on trafficking");
        int byKind = 0;
        for (JsonNode y : t.get("years")) {
            for (var it = y.get("events_by").fields(); it.hasNext(); ) {
                byKind += it.next().getValue().asInt();
            }
        }
        assertEquals(t.get("events").size(), byKind, "by kind, events count once each");
        TestSite.Response csv = SITE.get("/api/trends?country=MX&country=GT&country=HN&topic=trafficking&from=2000&by=kind&format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(t.get("years").size() + 1, lines.size(), "a row per year");
        assertTrue(lines.get(0).startsWith("year,documents,events,kind:"), lines.get(0));
        assertTrue(lines.get(1).endsWith(t.get("data_version").asText()), "each row names the data version");
    }

    @Test
    void theSearchExportHoldsEveryMatch() {
        long total = SITE.api("/api/search?size=1&q=refugiado").get("total").asLong();
        TestSite.Response csv = SITE.get("/api/search?q=refugiado&format=csv");
        assertEquals(200, csv.status());
        assertEquals(total + 1, csv.body().lines().count(), "a header and total rows");
        JsonNode json = SITE.api("/api/search?q=refugiado&format=json");
        assertEquals(total, json.get("results").size());
        assertFalse(json.get("data_version").asText().isBlank());
        for (JsonNode r : json.get("results")) {
            assertTrue(r.has("country") && r.has("type") && r.has("topics") && r.has("year") && r.has("status"), r.toString());
        }
    }

    @Test
    void thePanelIsLongAndBalanced() {
        TestSite.Response panel = SITE.get("/api/trends?country=MX&country=AR&topic=nationality&format=panel");
        assertEquals(200, panel.status());
        List<String> lines = panel.body().lines().toList();
        assertEquals("country,year,topic,documents,events,data_version", lines.get(0));
        int years = SITE.api("/api/trends?country=MX&country=AR&topic=nationality").get("years").size();
        assertEquals(2 * years * 14 + 1, lines.size(), "two states × every year × 14 topics");
        assertTrue(SITE.get("/codebook").body().contains("data_version"));
    }

    @Test
    void theHistoryAndTheMatrixExportToo() {
        JsonNode h = SITE.api("/api/history?country=BR&kind=enacted");
        assertTrue(h.get("total").asInt() >= 3, h.toString());
        h.get("events").forEach(e -> assertEquals("enacted", e.get("kind").asText()));
        TestSite.Response m = SITE.get("/api/ratifications?format=csv&treaty=int-refugee-convention-1951");
        assertEquals(200, m.status());
        assertTrue(m.body().lines().count() >= 30, "a row per state checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"by=weather", "source=rumours", "kind=coup", "format=xml", "from=2020&to=2000", "country=XX"})
    void aBadTrendsParameterIsA400SayingWhatIsWrong(String query) {
        TestSite.Response r = SITE.get("/api/trends?" + query);
        assertEquals(400, r.status(), query + " -> " + r.body());
        assertFalse(r.json().get("error").asText().isBlank());
    }
}
