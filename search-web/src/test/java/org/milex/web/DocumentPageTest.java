package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages a lawyer relies on: a document to trust and cite, errors that say what to do, nothing internal on show. */
class DocumentPageTest {

    static final TestSite SITE = TestSite.get();

    static Document page(String path) {
        TestSite.Response r = SITE.get(path);
        assertEquals(200, r.status(), path);
        return Jsoup.parse(r.body());
    }

    private static String textId(String q) {
        for (JsonNode h : SITE.api("/api/search?size=10&q=" + q).get("hits")) {
            if ("text".equals(h.get("kind").asText())) {
                return h.get("id").asText();
            }
        }
        throw new AssertionError("no full text for " + q);
    }

    @Test
    void aDocumentSaysWhatItIsItsStatusWhereItComesFromAndHowToCiteIt() throws Exception {
        String id = SITE.api("/api/search?q=title:refugiados&country=MX&size=1").get("hits").get(0).get("id").asText();
        Document doc = page("/documents/" + id + "?ui=es");
        assertFalse(doc.select("h1").text().isBlank());
        assertTrue(doc.selectFirst(".doc-head .kicker").text().contains("México"));
        assertEquals("Vigente, con reformas", doc.selectFirst(".status-line .status").text(), "the status in plain words");
        Document withSource = page("/documents/" + SITE.api("/api/search?q=%22Lei+n%C2%BA+13.445%22&size=1").get("hits").get(0).get("id").asText());
        assertNotNull(withSource.selectFirst("ul.actions a[rel~=external][href^=http]"), "the official source, where the catalog has it");
        String citation = doc.getElementById("citation").attr("value");
        assertTrue(citation.contains("México") && citation.contains("MILEX, http"), citation);
        assertEquals(1, doc.select("section.facts dl.facts dt:matchesOwn(^País$)").size(), "the facts once, merged");
        JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Legislation", ld.get("@type").asText());
        assertEquals("https://schema.org/InForce", ld.get("legislationLegalForce").asText());
        assertEquals("MX", ld.get("legislationJurisdiction").asText());
        assertFalse(doc.select("nav.toc a[href^=#art-]").isEmpty(), "the contents beside the text");
        assertFalse(doc.select("p.article .artnav a[aria-label]").isEmpty(), "previous and next article");
    }

    @Test
    void theOriginalFileCanBeDownloaded() throws Exception {
        String id = textId("%22Ley+20.507%22");
        Document doc = page("/documents/" + id);
        String href = doc.selectFirst("ul.actions a[download]").attr("href");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SITE.base + href)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename="));
        assertTrue(r.body().length > 1000);
        assertEquals(404, SITE.get("/documents/mx-ley-refugiados-2011/original").status(), "a catalog record has no original file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?q=asilo", "/documents/mx-ley-refugiados-2011", "/countries/MX", "/?q=refugee&country=CA"})
    void noInternalDetailIsOnShow(String path) {
        Document doc = page(path);
        String text = doc.select("main").text();
        for (String internal : new String[] {"application/", "text/markdown", "partly-amended", "in-force", ".json#", "catalog/countries",
            "/work/", "/tmp/"}) {
            assertFalse(text.contains(internal), path + " shows " + internal);
        }
        for (Element a : doc.select("main li.hit .meta")) {
            assertFalse(a.text().matches(".*\\.(md|pdf|xml|docx|html?)\\b.*"), "no source file names: " + a.text());
        }
    }

    @Test
    void anUnknownPageIsA404InTheUsersLanguage() {
        TestSite.Response r = SITE.get("/no/such/page?ui=fr");
        assertEquals(404, r.status());
        Document doc = Jsoup.parse(r.body());
        assertEquals("Page introuvable", doc.selectFirst("h1").text());
        TestSite.Response d = SITE.get("/documents/nope?ui=pt");
        assertEquals(404, d.status());
        assertEquals("Página não encontrada", Jsoup.parse(d.body()).selectFirst("h1").text());
    }

    @Test
    void aBadSearchSaysWhatToDoInTheUsersLanguage() {
        TestSite.Response r = SITE.get("/?q=%22unbalanced&ui=es");
        assertEquals(400, r.status());
        Document doc = Jsoup.parse(r.body());
        assertEquals("No se pudo ejecutar la búsqueda", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("[role=alert]").text().contains("comillas"), "what to do");
        assertNotNull(doc.selectFirst("a[href=/help#syntax]"));
    }

    @Test
    void aPageBeyondTheLastSaysSoAndLinksToTheLast() {
        long total = SITE.api("/api/search?q=asilo&size=1").get("total").asLong();
        long pages = (total + 9) / 10;
        Document doc = page("/?q=asilo&page=" + (pages + 5));
        Element notice = doc.selectFirst("p.notice[role=status]");
        assertNotNull(notice);
        assertTrue(notice.text().contains(String.valueOf(pages)), notice.text());
        assertEquals("/?q=asilo&page=" + pages, notice.selectFirst("a").attr("href"));
    }

    @Test
    void theHomePageSaysWhatMilexIsAndGetsEachKindOfUserStarted() {
        Document doc = page("/?ui=pt");
        assertEquals("MILEX: legislação migratória das Américas", doc.selectFirst("h1").text());
        assertEquals(3, doc.select("section.audience").size());
        for (Element s : doc.select("section.audience")) {
            assertTrue(s.select("ul.examples a").size() >= 3, s.text());
        }
        for (String href : new String[] {"/countries", "/trends", "/map", "/ratifications"}) {
            assertNotNull(doc.selectFirst("section.ways a[href=" + href + "]"), href);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "pt", "fr"})
    void theHelpPageIsInFourLanguages(String lang) {
        Document doc = page("/help?ui=" + lang);
        assertEquals(lang, doc.selectFirst("html").attr("lang"));
        for (String id : new String[] {"syntax", "topics", "data", "api"}) {
            assertNotNull(doc.getElementById(id), id);
        }
        assertEquals(14, doc.select("#topics dt").size(), "every topic explained");
        assertTrue(doc.select("#data .notice").text().length() > 40, "the official gazette prevails");
    }
}
