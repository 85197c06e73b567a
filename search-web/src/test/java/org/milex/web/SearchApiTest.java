package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over the real texts: relevance, filters, facet counts, errors. */
class SearchApiTest {

    static final TestSite SITE = TestSite.get();

    @Test
    void asiloFindsMexicosRefugeeLaw() {
        JsonNode r = SITE.api("/api/search?q=asilo&country=MX&size=10");
        assertTrue(r.get("total").asLong() > 0);
        assertTrue(ids(r, "catalog_id").contains("mx-ley-refugiados-2011"), "hits: " + titles(r));
        JsonNode all = SITE.api("/api/search?q=asilo&size=5");
        assertTrue(ids(all, "catalog_id").contains("mx-ley-refugiados-2011"), "within the first five without filters: " + titles(all));
    }

    @Test
    void refugeeInCanadaFindsTheImmigrationAndRefugeeProtectionAct() {
        JsonNode r = SITE.api("/api/search?q=refugee&country=CA&size=10");
        assertTrue(titles(r).contains("Immigration and Refugee Protection Act"), "hits: " + titles(r));
        for (JsonNode hit : r.get("hits")) {
            assertEquals("CA", hit.get("country").asText());
        }
    }

    @Test
    void spanishStemmingAndAccentFolding() {
        long refugiado = SITE.api("/api/search?q=refugiado&lang=es").get("total").asLong();
        long refugiados = SITE.api("/api/search?q=refugiados&lang=es").get("total").asLong();
        assertEquals(refugiado, refugiados, "refugiados finds refugiado");
        assertEquals(SITE.api("/api/search?q=migración").get("total").asLong(),
                SITE.api("/api/search?q=migracion").get("total").asLong(), "migracion finds migración");
    }

    @Test
    void lawNumbersAreFoundHoweverTheyAreWritten() {
        for (String q : List.of("%22Ley+285-04%22", "%22Ley+No.+285-04%22")) {
            assertTrue(ids(SITE.api("/api/search?q=" + q), "catalog_id").contains("do-ley-285-04"), q);
        }
        assertTrue(ids(SITE.api("/api/search?q=%22Ley+25.871%22"), "id").contains("ar-ley-25871"));
        assertTrue(ids(SITE.api("/api/search?q=Ley+25871"), "id").contains("ar-ley-25871"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "asilo", "refugee", "nacionalidad", "%22trafficking+in+persons%22"})
    void facetCountsEqualTheNumberOfMatchingDocuments(String q) {
        JsonNode r = SITE.api("/api/search?size=1&q=" + q);
        long total = r.get("total").asLong();
        assertTrue(total > 0);
        // every instrument has one type; a few texts say nothing of their state and are in no country
        long withoutCountry = 0;
        for (int page = 1; (page - 1) * 100 < total; page++) {
            for (JsonNode h : SITE.api("/api/search?size=100&page=" + page + "&q=" + q).get("hits")) {
                withoutCountry += h.get("country").isNull() ? 1 : 0;
            }
        }
        for (String singleValued : List.of("country", "type")) {
            long sum = 0;
            for (JsonNode v : r.get("facets").get(singleValued)) {
                sum += v.get("count").asLong();
            }
            assertEquals(singleValued.equals("country") ? total - withoutCountry : total, sum, singleValued + " counts add up to the total for q=" + q);
        }
        // an instrument has several topics, and versions in several languages: each value's count is its filtered total
        for (JsonNode v : r.get("facets").get("topic")) {
            long filtered = SITE.api("/api/search?size=1&q=" + q + "&topic=" + v.get("value").asText()).get("total").asLong();
            assertEquals(v.get("count").asLong(), filtered, "topic " + v.get("value") + " count equals its filtered total");
        }
        for (JsonNode v : r.get("facets").get("language")) {
            long filtered = SITE.api("/api/search?size=1&q=" + q + "&lang=" + v.get("value").asText()).get("total").asLong();
            assertEquals(v.get("count").asLong(), filtered, "language " + v.get("value") + " count equals its filtered total");
        }
        for (JsonNode v : r.get("facets").get("year")) {
            String y = v.get("value").asText();
            assertEquals(v.get("count").asLong(), SITE.api("/api/search?size=1&q=" + q + "&from=" + y + "&to=" + y).get("total").asLong());
        }
    }

    @Test
    void choosingACountryKeepsTheOtherCountriesCountsVisible() {
        JsonNode all = SITE.api("/api/search?q=migraci%C3%B3n&size=1");
        JsonNode mx = SITE.api("/api/search?q=migraci%C3%B3n&size=1&country=MX");
        assertEquals(all.get("facets").get("country"), mx.get("facets").get("country"), "drill sideways");
        long mxCount = 0;
        for (JsonNode v : all.get("facets").get("country")) {
            if (v.get("value").asText().equals("MX")) {
                mxCount = v.get("count").asLong();
            }
        }
        assertEquals(mxCount, mx.get("total").asLong());
        assertTrue(all.get("facets").get("country").size() > 1);
    }

    @Test
    void filtersCombineAcrossDimensionsAndAlternateWithin() {
        long mx = SITE.api("/api/search?size=1&country=MX").get("total").asLong();
        long ca = SITE.api("/api/search?size=1&country=CA").get("total").asLong();
        assertEquals(mx + ca, SITE.api("/api/search?size=1&country=MX&country=CA").get("total").asLong());
        long mxLaws = SITE.api("/api/search?size=1&country=MX&type=law").get("total").asLong();
        assertTrue(mxLaws > 0 && mxLaws < mx);
    }

    @Test
    void sortingByDateAndPaging() {
        JsonNode r = SITE.api("/api/search?sort=date&size=20");
        Integer previous = Integer.MAX_VALUE;
        for (JsonNode hit : r.get("hits")) {
            if (!hit.get("year").isNull()) {
                assertTrue(hit.get("year").asInt() <= previous, "newest first");
                previous = hit.get("year").asInt();
            }
        }
        JsonNode p1 = SITE.api("/api/search?q=refugee&size=5&page=1");
        JsonNode p2 = SITE.api("/api/search?q=refugee&size=5&page=2");
        assertEquals(p1.get("total"), p2.get("total"));
        List<String> first = ids(p1, "id");
        for (String id : ids(p2, "id")) {
            assertFalse(first.contains(id), "page 2 continues page 1");
        }
    }

    @Test
    void snippetsMarkTheMatchesAndNameTheirArticle() {
        JsonNode r = SITE.api("/api/search?q=%22protecci%C3%B3n+complementaria%22&country=MX&type=law&size=3");
        JsonNode hit = r.get("hits").get(0);
        assertTrue(hit.get("snippets").get(0).asText().contains("<mark>"), hit.toString());
        assertTrue(hit.get("article").get("anchor").asText().startsWith("art-"), hit.toString());
        assertTrue(hit.get("url").asText().contains("#art-"));
        assertTrue(hit.get("source").asText().startsWith("MX/"), "source is relative to the source root");
    }

    @Test
    void withoutSnippetsTheSameHitsLandOnTheSameArticles() {
        String q = "/api/search?q=%22protecci%C3%B3n+complementaria%22&country=MX&size=5";
        JsonNode with = SITE.api(q);
        JsonNode without = SITE.api(q + "&snippets=false");
        assertEquals(with.get("total"), without.get("total"));
        assertEquals(with.get("facets"), without.get("facets"));
        assertEquals(ids(with, "id"), ids(without, "id"));
        for (int i = 0; i < with.get("hits").size(); i++) {
            assertEquals(with.get("hits").get(i).get("article"), without.get("hits").get(i).get("article"));
            assertEquals(0, without.get("hits").get(i).get("snippets").size(), without.get("hits").get(i).toString());
        }
        assertTrue(with.get("hits").get(0).get("snippets").size() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snippets=no", "q=%22unbalanced+quote", "q=(asilo+AND+refugio", "q=asilo)", "size=100000", "size=0", "page=-1",
        "page=abc", "from=abc", "to=19", "from=2020&to=2000", "country=XX", "type=statute", "topic=weather", "lang=de",
        "sort=popularity", "q=foo:bar", "q=*ilo", "q=asilo+AND", "page=1001&size=10"})
    void aMalformedQueryOrParameterIsA400SayingWhatIsWrong(String query) {
        TestSite.Response r = SITE.get("/api/search?" + query);
        assertEquals(400, r.status(), query + " -> " + r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        String error = r.json().get("error").asText();
        assertFalse(error.isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack trace: " + r.body());
    }

    /** Punctuation of a citation as printed is not query syntax: parentheses, slashes and colons stay words. */
    @ParameterizedTest
    @ValueSource(strings = {"Reg. 29/1947 (as amended, Cap. 14:02 subsidiary)", "Ley 25.871 - Migraciones", "Nota: asilo",
        "Decreto 616/2010 (reglamento)",
        "Título Primero, Capítulos I (art. 11), II (De los mexicanos, arts. 30-32) y III (De las personas extranjeras, art. 33)"})
    void aPastedCitationIsWordsNotSyntax(String q) {
        TestSite.Response r = SITE.get("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.status(), q + " -> " + r.body());
        assertTrue(r.json().get("total").asLong() > 0, q + " finds its instrument");
    }

    @Test
    void everythingButAWordAndTheMatchAllQuery() {
        long all = SITE.api("/api/search?size=1").get("total").asLong();
        // the word as written: the thesaurus would add "asylum", "asile", which -asilo does not exclude
        long with = SITE.api("/api/search?size=1&expand=false&q=asilo").get("total").asLong();
        assertEquals(all - with, SITE.api("/api/search?size=1&q=-asilo").get("total").asLong());
        assertEquals(all - with, SITE.api("/api/search?size=1&q=NOT+asilo").get("total").asLong());
        assertEquals(all, SITE.api("/api/search?size=1&q=*:*").get("total").asLong());
    }

    @Test
    void unknownApiRoutesAnswerJson404() {
        TestSite.Response r = SITE.get("/api/nothing-here");
        assertEquals(404, r.status());
        assertTrue(r.json().get("error").asText().contains("/api/nothing-here"));
    }

    @Test
    void documentsByIdWithTheirText() {
        JsonNode hit = SITE.api("/api/search?q=refugee&country=CA&size=10").get("hits").get(0);
        JsonNode d = SITE.api("/api/documents/" + hit.get("id").asText());
        assertEquals(hit.get("id"), d.get("id"));
        assertTrue(d.get("text").asText().length() > 100);
        assertEquals(hit.get("country"), d.get("country"));
        TestSite.Response missing = SITE.get("/api/documents/no-such-document");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("error").asText().contains("no-such-document"));
    }

    static List<String> ids(JsonNode r, String field) {
        List<String> out = new ArrayList<>();
        r.get("hits").forEach(h -> out.add(h.get(field).asText()));
        return out;
    }

    static List<String> titles(JsonNode r) {
        return ids(r, "title");
    }
}
