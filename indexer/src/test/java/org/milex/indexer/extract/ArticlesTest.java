package org.milex.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlesTest {

    private static List<String> anchors(String text, boolean bare) {
        return Articles.find(text, bare).stream().map(Articles.Heading::anchor).toList();
    }

    @Test
    void articlesInTheFourLanguages() {
        String text = String.join("\n", "Artículo 37.- Los extranjeros", "Art. 5º Todos", "ARTIGO 12 O migrante",
                "Article 14 Everyone", "Section 97", "§ 1158. Asylum", "Artículo 2 bis. Texto", "Article I General provision");
        assertEquals(List.of("art-37", "art-5", "art-12", "art-14", "art-97", "art-1158", "art-2-bis", "art-i"), anchors(text, false));
    }

    @Test
    void canadianSubsectionsGetTheSectionAndEverySubsection() {
        String text = "Convention refugee\n96 A Convention refugee is\nPerson in need of protection\n97 (1) A person in need\n(2) A person\n97.1 (1) The";
        assertEquals(List.of("art-96", "art-97", "art-97-1", "art-97-2", "art-97.1", "art-97.1-1"), anchors(text, true));
        assertEquals(List.of("art-97", "art-97-1", "art-97.1", "art-97.1-1"), anchors(text, false), "bare numbers only where the layout says so");
    }

    @Test
    void aDecimalSectionAndASubsectionAreDistinctAndOldLinksAreAliases() {
        List<Articles.Heading> h = Articles.find("10 (1) First\n10.1 (1) Second", true);
        assertEquals(List.of("art-10", "art-10-1", "art-10.1", "art-10.1-1"), h.stream().map(Articles.Heading::anchor).toList());
        assertEquals("art-10-1-1", h.get(3).alias(), "the old spelling of s. 10.1(1) still lands on it");
    }

    @Test
    void ordinalSignsAreNotPartOfTheNumber() {
        List<Articles.Heading> h = Articles.find("Artículo 1o.- Objeto\nArtículo 2º Definiciones\nArtículo 3 Ámbito", false);
        assertEquals(List.of("art-1", "art-2", "art-3"), h.stream().map(Articles.Heading::anchor).toList());
        assertEquals("art-1o", h.get(0).alias());
    }

    @Test
    void brazilianParagraphsArePartsOfTheirArticle() {
        String text = "Art. 1º Esta Lei dispõe\n§ 1º Para os fins\n§ 2º São princípios\nArt. 2º Esta Lei não prejudica\nParágrafo único. Ao\nArt. 3º A política";
        List<Articles.Heading> h = Articles.find(text, false);
        assertEquals(List.of("art-1", "art-1-par-1", "art-1-par-2", "art-2", "art-2-par-unico", "art-3"),
                h.stream().map(Articles.Heading::anchor).toList());
        assertEquals(List.of(0, 1, 1, 0, 1, 0), h.stream().map(Articles.Heading::level).toList());
        assertEquals("art-2", Articles.articleAt(h, text.indexOf("Ao")).anchor());
    }

    @Test
    void headingsSurviveStorage() {
        List<Articles.Heading> h = Articles.find("Artículo 1 Objeto\nTexto\nArtículo 2 Definiciones", false);
        assertEquals(2, h.size());
        assertEquals(h, Articles.decode(Articles.encode(h)));
    }

    @Test
    void aRepeatedNumberGetsASuffixAndOffsetsFindTheArticle() {
        String text = "Artículo 1 Objeto\nTexto\nArtículo 2 Definiciones\nTRANSITORIOS\nArtículo 1 Entrada en vigor";
        List<Articles.Heading> h = Articles.find(text, false);
        assertEquals(List.of("art-1", "art-2", "art-1~2"), h.stream().map(Articles.Heading::anchor).toList());
        assertEquals("art-1", Articles.at(h, text.indexOf("Texto")).anchor());
        assertEquals("art-2", Articles.at(h, text.indexOf("TRANSITORIOS")).anchor());
    }
}
