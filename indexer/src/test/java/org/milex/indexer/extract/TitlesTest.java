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
}
