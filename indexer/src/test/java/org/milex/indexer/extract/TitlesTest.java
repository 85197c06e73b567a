package org.milex.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void numbersFileNamesAndBannersAreNotTitles() {
        assertFalse(Titles.plausible("L13445"));
        assertFalse(Titles.plausible("2011-05-25 12:00"));
        assertFalse(Titles.plausible("ley_de_migracion.pdf"));
        assertFalse(Titles.plausible("Microsoft Word - LEY.doc"));
        assertTrue(Titles.plausible("Ley de Migración"));
    }

    @Test
    void capitalsBecomeTitleCaseKeepingAbbreviationsAndLowerCaseMonths() {
        assertEquals("Ley General de Migración No. 285-04", Titles.tidy("LEY GENERAL DE MIGRACIÓN NO. 285-04"));
        assertEquals("Lei Nº 13.445, de 24 de maio de 2017.", Titles.tidy("LEI Nº 13.445, DE 24 DE MAIO DE 2017."));
        assertEquals("U.S.C. Title 8 - Aliens and Nationality", Titles.tidy("U.S.C. Title 8 - ALIENS AND NATIONALITY"));
        assertEquals("Ley de Migración", Titles.tidy("LEY de Migración"));
    }

    @Test
    void legalHeadersPreferTheLawToItsRegulation() {
        String cover = "REGLAMENTO DE APLICACIÓN\nDECRETO NO. 613-11\n\nLEY\nGENERAL DE MIGRACIÓN\n\nNO. 285-04\n\nMinisterio de Interior y Policía";
        assertEquals("Ley General de Migración No. 285-04", LegalHeader.find(cover));
    }

    @Test
    void mottosAndSignersAreNotTitles() {
        assertEquals("Ley General del Ambiente", HeadLines.title("LIBERTÉ FRATERNITÉ\n\nEL SUPERINTENDENTE DE BANCA Y SEGUROS\n\nLEY GENERAL DEL AMBIENTE\n"));
        assertEquals("Resolución que Aprueba el Reglamento", HeadLines.title("AÑO DE LA DIVERSIFICACIÓN PRODUCTIVA\nRESOLUCIÓN QUE APRUEBA EL REGLAMENTO\n"));
        assertTrue(HeadLines.isEnactingFormula("EL CONGRESO DE LA REPÚBLICA;"));
    }

    @Test
    void aWebPageIsNamedByItsHeadingNotByThePartsItOpensWith() throws Exception {
        String constitution = "<html><head><title>Haïti, Constitution de 1987, MJP</title></head><body><h1>Haïti</h1>"
                + "<h3>Préambule</h3><h3>Titre I : De la République</h3><h3>Chapitre I : Du territoire</h3><h3>Titre II : De la nationalité</h3>"
                + "<p>Le peuple haïtien proclame la présente Constitution.</p></body></html>";
        assertEquals("Haïti, Constitution de 1987", HtmlText.extract(constitution, "text/html", new LanguageGuesser()).title());
        String chapter = "<html><head><title>USCODE</title></head><body><h1>CHAPTER 14—RESTRICTING WELFARE FOR ALIENS</h1>"
                + "<h3>SUBCHAPTER I—ELIGIBILITY</h3><h3>SUBCHAPTER II—ATTRIBUTION OF INCOME</h3><p>Text of the chapter.</p></body></html>";
        assertEquals("Chapter 14—Restricting Welfare for Aliens", HtmlText.extract(chapter, "text/html", new LanguageGuesser()).title());
    }
}
