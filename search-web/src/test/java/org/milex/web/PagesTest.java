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

/** The server-rendered pages, read as HTML (they work without JavaScript). */
class PagesTest {

    static final TestSite SITE = TestSite.get();

    static Document page(String path) {
        TestSite.Response r = SITE.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        assertTrue(r.contentType().startsWith("text/html"));
        return Jsoup.parse(r.body());
    }

    @Test
    void theSearchPageListsResultsWithMetadataSnippetsAndFacets() {
        Document doc = page("/?q=asilo");
        Element first = doc.selectFirst("li.hit");
        assertNotNull(first);
        assertFalse(first.select("h2 a").attr("href").isEmpty());
        assertFalse(first.select(".meta .country").text().isEmpty());
        assertFalse(first.select(".meta .type").text().isEmpty());
        assertFalse(doc.select("li.hit .snippet mark").isEmpty(), "highlighted matches");
        for (String facet : new String[] {"country", "type", "topic", "language", "year"}) {
            assertNotNull(doc.selectFirst("section.facet[data-facet=" + facet + "]"), facet);
        }
        assertTrue(doc.selectFirst("#total").text().matches("\\d+ documents"));
    }

    @Test
    void choosingAFacetValueKeepsTheOthersOfThatFacet() {
        Document all = page("/?q=asilo");
        int countries = all.select("section.facet[data-facet=country] li").size();
        String mxLink = all.selectFirst("section.facet[data-facet=country] a[data-value=MX]").attr("href");
        Document mx = page(mxLink);
        assertEquals(countries, mx.select("section.facet[data-facet=country] li").size(), "other countries stay visible");
        assertEquals("true", mx.selectFirst("section.facet[data-facet=country] a[data-value=MX]").attr("aria-current"));
        assertNotNull(mx.selectFirst("ul.chips a[data-filter=country:MX]"), "the filter in force, removable, above the results");
        for (Element hit : mx.select("li.hit .meta .country")) {
            assertEquals("Mexico", hit.text());
        }
        String off = mx.selectFirst("section.facet[data-facet=country] a[data-value=MX]").attr("href");
        assertEquals(all.selectFirst("#total").text(), page(off).selectFirst("#total").text(), "clicking again removes the filter");
    }

    @Test
    void paginationAndSortLinks() {
        Document doc = page("/?q=refugee&size=5");
        Element next = doc.selectFirst("nav.pages a[rel=next]");
        assertNotNull(next);
        Document two = page(next.attr("href"));
        assertEquals("2", two.selectFirst("nav.pages strong[aria-current=page]").text());
        assertNotNull(doc.selectFirst(".sort a[href*=sort=date]"));
    }

    @Test
    void aBadQueryShowsItsErrorOnThePageWithA400() {
        TestSite.Response r = SITE.get("/?q=%22open");
        assertEquals(400, r.status());
        Document doc = Jsoup.parse(r.body());
        assertTrue(doc.selectFirst(".error").text().contains("unbalanced quotes"));
        assertEquals("\"open", doc.selectFirst("input[name=q]").val(), "the query stays in the box to be corrected");
    }

    @Test
    void aDocumentPageAnchorsItsArticles() {
        JsonNode hit = SITE.api("/api/search?q=title:refugiados&country=MX&size=1").get("hits").get(0);
        Document doc = page("/documents/" + hit.get("id").asText());
        assertNotNull(doc.getElementById("art-37"), "Artículo 37 has the anchor art-37");
        assertTrue(doc.getElementById("art-37").text().contains("Artículo 37"));
        assertNotNull(doc.selectFirst("section.catalog"), "the catalog's facts over the full text");
        assertFalse(doc.select("nav.toc a[href=#art-1]").isEmpty());
    }

    @Test
    void canadianSectionsAndSubsectionsAreAnchored() {
        JsonNode hit = SITE.api("/api/search?q=%22person+in+need+of+protection%22&country=CA&lang=en&size=10").get("hits");
        String id = null;
        for (JsonNode h : hit) {
            if (h.get("title").asText().equals("Immigration and Refugee Protection Act")) {
                id = h.get("id").asText();
            }
        }
        assertNotNull(id);
        Document doc = page("/documents/" + id);
        assertNotNull(doc.getElementById("art-97"));
        assertNotNull(doc.getElementById("art-97-1"));
        assertTrue(doc.getElementById("art-97").text().startsWith("¶ 97 (1)"), doc.getElementById("art-97").text());
    }

    @Test
    void anUnknownDocumentIsA404Page() {
        TestSite.Response r = SITE.get("/documents/nope");
        assertEquals(404, r.status());
        assertTrue(r.body().contains("no document with id"));
    }

    @Test
    void aDocumentOpenedFromASearchMarksWhatTheSearchMatchedPhrasesAsPhrases() {
        JsonNode hit = SITE.api("/api/search?q=non-refoulement&lang=es&country=MX&size=5").get("hits").get(0);
        String url = hit.get("url").asText();
        assertTrue(url.contains("?q=non-refoulement#art-"), "the hit's link carries the query and the article: " + url);
        Document doc = page(url.substring(0, url.indexOf('#')));
        var marks = doc.select("div.text mark[id^=m-]");
        assertFalse(marks.isEmpty(), "matches marked");
        for (Element m : marks) {
            // the Spanish expansion is a phrase: "no devolución", never its "no" or a lone "principio"
            assertTrue(org.milex.indexer.classify.Folding.fold(m.text()).contains("devolucion"), "marked: " + m.text());
        }
        assertEquals("m-1", marks.first().id());
        Element bar = doc.selectFirst("nav.matches");
        assertNotNull(bar, "the bar that steps through the matches");
        assertTrue(bar.text().contains(marks.size() + " "), bar.text());
        assertNotNull(doc.selectFirst("script[src^=/public/document.js]"));
        assertTrue(page("/documents/" + hit.get("id").asText()).select("mark").isEmpty(), "nothing marked without a query");
    }

    @Test
    void theTableOfContentsListsEachArticleOnceAndParagraphsKeepTheirAnchors() {
        String id = SITE.api("/api/search?q=title:migra%C3%A7%C3%A3o&country=BR&size=1").get("hits").get(0).get("id").asText();
        Document doc = page("/documents/" + id);
        var entries = doc.select("nav.toc li a");
        assertFalse(entries.isEmpty());
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (Element a : entries) {
            assertFalse(a.attr("href").contains("-par-"), "a paragraph is part of its article, not a line of the contents: " + a.text());
            assertTrue(targets.add(a.attr("href")), "listed once: " + a.attr("href"));
        }
        assertNotNull(doc.getElementById("art-1-par-1"), "§ 1º of Art. 1 keeps its anchor in the text");
    }
}
