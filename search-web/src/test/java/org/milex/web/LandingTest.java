package org.milex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.milex.indexer.classify.Folding;

/**
 * A lawyer lands on the right provision: citations as lawyers write them find the instrument they name first,
 * provisions land on their article, a hit's article holds its highlighted match, and one instrument is one result.
 */
class LandingTest {

    static final TestSite SITE = TestSite.get();

    private static JsonNode search(String q) {
        return SITE.api("/api/search?size=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    /** Every form of a citation, quoted or not, finds the instrument it names first, and lands on its top. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SOR/2002-227             | ca-irpr-2002
            DORS/2002-227            | ca-irpr-2002
            SOR 2002-227             | ca-irpr-2002
            Chapter 106              | bs-trafficking-in-persons-act-2008
            Ch. 106                  | bs-trafficking-in-persons-act-2008
            Cap. 14:02               | gy-immigration-act-cap-14-02
            Ley 25.871               | ar-ley-25871
            Ley N° 25.871            | ar-ley-25871
            Ley N.º 25.871           | ar-ley-25871
            ley 25871                | ar-ley-25871
            Ley 9095                 | cr-ley-9095
            Ley N.° 9095             | cr-ley-9095
            Lei nº 13.445            | br-lei-13445
            Pub. L. 106-386          | us-tvpa-2000
            Decreto 616/2010         | ar-decreto-616-2010
            S.C. 2001, c. 27         | ca-irpa-2001
            L.C. 2001, ch. 27        | ca-irpa-2001
            ley 21325                | cl-ley-21325
            """)
    void citationsFindTheInstrumentTheyNameFirst(String citation, String instrument) {
        for (String q : List.of(citation, "\"" + citation + "\"")) {
            JsonNode hits = search(q).get("hits");
            assertTrue(hits.size() > 0, q + " finds nothing");
            assertEquals(instrument, hits.get(0).get("catalog_id").asText(), q + " first hit: " + hits.get(0).get("title"));
            assertTrue(hits.get(0).get("article").isNull(), q + " lands on the top, not at " + hits.get(0).get("article"));
        }
    }

    /** A provision, alone with a law's name or citation, lands on that article. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            IRPA s. 97                      | ca-irpa-2001          | art-97
            8 U.S.C. 1158                   | us-ina-1952           | art-1158
            8 USC § 1158                    | us-ina-1952           | art-1158
            artículo 37 Ley de Migración    | mx-ley-migracion-2011 | art-37
            Ley 21.325 art. 13              | cl-ley-21325          | art-13
            Lei 13.445 art. 3               | br-lei-13445          | art-3
            """)
    void provisionsLandOnTheirArticle(String q, String instrument, String anchor) {
        JsonNode hit = search(q).get("hits").get(0);
        assertEquals(instrument, hit.get("catalog_id").asText(), q + ": " + hit.get("title"));
        assertEquals(anchor, hit.get("article").get("anchor").asText(), q);
        assertTrue(hit.get("url").asText().endsWith("#" + anchor), hit.get("url").asText());
    }

    /** Over many queries, the article a hit names holds the match its snippet marks: zero wrong. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"detención", "refugiado", "naturalización", "reunificación familiar", "visa", "asylum", "removal order",
        "permanent resident", "citoyenneté", "réfugié", "estrangeiro", "deportação", "trata de personas", "protección complementaria",
        "niñas, niños y adolescentes", "Convention refugee", "apatridia", "residencia temporal", "estación migratoria", "work permit"})
    void aHitsArticleHoldsItsHighlightedMatch(String q) {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (JsonNode hit : search(q).get("hits")) {
            if (hit.get("article").isNull() || hit.get("snippets").isEmpty() || !"text".equals(hit.get("kind").asText())) {
                continue;
            }
            String anchor = hit.get("article").get("anchor").asText();
            JsonNode doc = SITE.api("/api/documents/" + URLEncoder.encode(hit.get("id").asText(), StandardCharsets.UTF_8));
            String text = doc.get("text").asText();
            int start = -1;
            int end = text.length();
            List<JsonNode> articles = new ArrayList<>();
            doc.get("articles").forEach(articles::add);
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).get("anchor").asText().equals(anchor)) {
                    start = articles.get(i).get("offset").asInt();
                    for (int j = i + 1; j < articles.size(); j++) {
                        if (articles.get(j).get("level").asInt() <= articles.get(i).get("level").asInt()) {
                            end = articles.get(j).get("offset").asInt();
                            break;
                        }
                    }
                    break;
                }
            }
            assertTrue(start >= 0, q + ": the hit's anchor " + anchor + " is one of its document's articles");
            String snippet = hit.get("snippets").get(0).asText();
            String marked = snippet.substring(snippet.indexOf("<mark>") + 6, snippet.indexOf("</mark>"));
            String plain = snippet.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("^… |…$| …$", "").strip();
            // the snippet's words stand in the article's range of the text
            String probe = plain.length() > 40 ? plain.substring(0, 40) : plain;
            String article = text.substring(start, end).replaceAll("\\s+", " ");
            if (!article.contains(probe.replaceAll("\\s+", " ")) || !Folding.fold(article).contains(Folding.fold(marked))) {
                wrong.add(hit.get("title").asText() + " " + anchor + ": «" + probe + "»");
            }
            checked++;
        }
        assertTrue(checked > 0, q + ": some hits name an article");
        assertEquals(List.of(), wrong, q);
    }

    /** The texts of one instrument (formats, versions, languages) are one result, counted once. */
    @Test
    void oneInstrumentIsOneResultWithItsVersionsListed() {
        JsonNode r = search("tráfico ilícito de migrantes trata de personas Chile");
        List<String> ids = new ArrayList<>();
        for (JsonNode h : r.get("hits")) {
            ids.add(h.get("catalog_id").asText(""));
            if ("cl-ley-20507".equals(h.get("catalog_id").asText())) {
                List<String> formats = new ArrayList<>(List.of(h.get("format").asText()));
                h.get("versions").forEach(v -> formats.add(v.get("format").asText()));
                assertTrue(formats.containsAll(List.of("markdown", "docx", "rtf")), "the format shown and the others listed: " + formats);
                assertEquals(formats.size(), new java.util.HashSet<>(formats).size(), "the version shown is not listed again: " + formats);
            }
        }
        assertEquals(1, ids.stream().filter("cl-ley-20507"::equals).count(), "Ley 20.507 once: " + ids);
        JsonNode irpa = search("Immigration and Refugee Protection Act");
        long irpas = 0;
        for (JsonNode h : irpa.get("hits")) {
            if ("ca-irpa-2001".equals(h.get("catalog_id").asText())) {
                irpas++;
                assertTrue(h.get("versions").size() >= 3, "as enacted, consolidated, in English and French: " + h.get("versions"));
            }
        }
        assertEquals(1, irpas, "IRPA once");
    }

    /** Each result says whether the instrument is in force and to what date its text is current. */
    @Test
    void statusAndCurrencyAreShownAndFaceted() {
        JsonNode r = SITE.api("/api/search?size=50&q=Immigration+Appeal+Division+Rules");
        boolean repealed = false;
        for (JsonNode h : r.get("hits")) {
            if ("repealed".equals(h.get("status").asText())) {
                repealed = true;
            }
        }
        assertTrue(repealed, "the repealed 2002 rules say so");
        JsonNode irpa = search("S.C. 2001, c. 27").get("hits").get(0);
        assertEquals("partly-amended", irpa.get("status").asText());
        assertNotNull(irpa.get("current_to").textValue(), "the consolidated text says what date it is current to");
        boolean hasStatusFacet = false;
        for (JsonNode v : SITE.api("/api/search?size=1&q=").get("facets").get("status")) {
            hasStatusFacet |= v.get("value").asText().equals("in-force");
        }
        assertTrue(hasStatusFacet);
        long all = SITE.api("/api/search?size=1&q=").get("total").asLong();
        long current = SITE.api("/api/search?size=1&q=&status=in-force&status=partly-amended&status=non-binding&status=not-in-force").get("total").asLong();
        assertTrue(current < all, "repealed instruments can be left out");
    }

    /** "/a" keeps the instruments with both in one article, and lands on it. */
    @Test
    void bothWordsInTheSameArticle() {
        JsonNode r = search("asilo /a detención");
        assertTrue(r.get("total").asLong() > 0);
        JsonNode hit = r.get("hits").get(0);
        String article = articleText(hit);
        assertTrue(article.contains("asil") && article.contains("detenc"), "the article holds both: " + article.substring(0, Math.min(300, article.length())));
        assertTrue(search("asilo /p detención").get("total").asLong() <= r.get("total").asLong(), "a paragraph is narrower than an article");
    }

    @Test
    void aLawyersQueryIsNeverA400ButMalformedSyntaxSaysHowToWriteIt() {
        for (String q : List.of("SOR/2002-227", "Decreto 616/2010", "8 USC § 1158", "¿qué es el asilo?", "art. 17 (1)", "IRPA s. 97(1)")) {
            assertEquals(200, SITE.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).status(), q);
        }
        TestSite.Response bad = SITE.get("/api/search?q=" + URLEncoder.encode("asilo /a", StandardCharsets.UTF_8));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("asilo /a detención"), bad.body());
    }

    private static String articleText(JsonNode hit) {
        String anchor = hit.get("article").get("anchor").asText();
        JsonNode doc = SITE.api("/api/documents/" + URLEncoder.encode(hit.get("id").asText(), StandardCharsets.UTF_8));
        String text = doc.get("text").asText();
        List<JsonNode> articles = new ArrayList<>();
        doc.get("articles").forEach(articles::add);
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).get("anchor").asText().equals(anchor)) {
                int start = articles.get(i).get("offset").asInt();
                int end = i + 1 < articles.size() ? articles.get(i + 1).get("offset").asInt() : text.length();
                return Folding.fold(text.substring(start, Math.max(start, end))).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
