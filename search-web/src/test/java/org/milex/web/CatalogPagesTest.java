package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.milex.indexer.classify.Country;

/** The catalog's pages and data: every state, its instruments, the ratification matrix. */
class CatalogPagesTest {

    static final TestSite SITE = TestSite.get();

    static Document page(String path) {
        TestSite.Response r = SITE.get(path);
        assertEquals(200, r.status(), path);
        return Jsoup.parse(r.body());
    }

    @Test
    void theCountryFacetListsAll35StatesAndInt() {
        JsonNode r = SITE.api("/api/search?size=1");
        assertEquals(36, r.get("facets").get("country").size(), r.get("facets").get("country").toString());
    }

    @Test
    void eachStateHasAPageListingItsInstruments() {
        Document list = page("/countries");
        assertEquals(36, list.select("table.country-list tbody tr").size());
        for (Country c : Country.states()) {
            Document doc = page("/countries/" + c.code());
            assertEquals(c.nameEn(), doc.selectFirst("h1").text());
            assertNotNull(doc.selectFirst("section.category[data-category=migration]"), c.code() + " migration law");
            assertNotNull(doc.selectFirst("section.category[data-category=asylum]"), c.code() + " asylum");
            for (Element a : doc.select("ul.instruments li:not(.absent) > a")) {
                assertTrue(a.attr("href").startsWith("/documents/"));
            }
        }
        assertEquals(404, SITE.get("/countries/ZZ").status());
    }

    @Test
    void aRecordPageShowsItsFactsAndItsFullTexts() {
        Document doc = page("/documents/mx-ley-refugiados-2011");
        assertNotNull(doc.selectFirst("section.facts dl.facts"));
        assertFalse(doc.select("section.versions li a").isEmpty(), "the full text indexed for this record is linked");
        assertFalse(doc.select("p.summary[lang=en]").text().isEmpty(), "the summary in the interface's language");
        assertFalse(page("/documents/mx-ley-refugiados-2011?ui=es").select("p.summary[lang=es]").text().isEmpty());
    }

    @Test
    void theRatificationMatrixRenders() {
        Document doc = page("/ratifications");
        Element table = doc.getElementById("matrix");
        assertNotNull(table);
        assertEquals(35, table.select("tbody tr").size());
        Element refugeeMx = table.selectFirst("tr[data-country=MX] td[data-treaty=int-refugee-convention-1951]");
        assertTrue(refugeeMx.text().startsWith("2000"), "Mexico acceded to the 1951 Convention in 2000: " + refugeeMx.text());
        String detail = refugeeMx.selectFirst("a").attr("href");
        assertEquals("/ratifications?treaty=int-refugee-convention-1951#MX", detail, "each cell links to its source, no hovering needed");
        Element line = page(detail.substring(0, detail.indexOf('#'))).getElementById("MX");
        assertNotNull(line);
        assertTrue(line.text().contains("2000"), line.text());
        assertTrue(line.select("a[href^=http]").size() == 1, "the page the fact was checked against: " + line);
        assertFalse(line.select("td").get(5).text().equals("—"), "how current the source is");
        assertFalse(doc.text().contains("✕") || doc.text().contains("×"), "no symbols that can be confused");
    }

    @Test
    void ratificationsAsData() {
        JsonNode all = SITE.api("/api/ratifications");
        assertTrue(all.get("entries").size() > 500);
        assertEquals(35, all.get("states").size());
        JsonNode one = SITE.api("/api/ratifications?treaty=int-refugee-convention-1951&country=MX");
        assertEquals(1, one.get("entries").size());
        JsonNode mx = one.get("entries").get(0);
        assertEquals("2000-06-07", mx.get("consent").asText());
        assertTrue(mx.get("party").asBoolean());
        assertEquals(400, SITE.get("/api/ratifications?treaty=nope").status());
        assertEquals(400, SITE.get("/api/ratifications?country=XX").status());
    }
}
