package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearFinderTest {

    private final YearFinder years = new YearFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LEI Nº 13.445, DE 24 DE MAIO DE 2017.\\nInstitui a Lei de Migração.                                       | 2017
            Nueva Ley publicada en el Diario Oficial de la Federación el 25 de mayo de 2011 TEXTO VIGENTE            | 2011
            TEXTO VIGENTE Nueva Ley publicada en el Diario Oficial de la Federación el 30 de julio de 2010 Al margen | 2010
            'Última reforma publicada DOF 15-01-2026. TEXTO VIGENTE Nueva Ley publicada en el DOF el 7 de enero de 1974' | 1974
            Última reforma publicada DOF 15-01-2026\\nNueva Ley publicada en el Diario Oficial de la Federación el 25 de mayo de 2011 | 2011
            MIGRACIONES\\nLey 25.871\\nSancionada: Diciembre 17 de 2003.\\nPromulgada de Hecho: Enero 20 de 2004.     | 2003
            LEY\\nGENERAL DE MIGRACIÓN\\nNO. 285-04\\nEdición: Junio, 2012                                            | 2004
            DECRETO 616/2010\\nReglamentación de la Ley de Migraciones                                                | 2010
            Texto actualizado al 3 de marzo de 2020. Dado en la Ciudad de México, el 14 de junio de 2012.             | 2012
            'Nº 3284\\nARTÍCULO 1.- (Así reformado mediante la Ley N° 4625 de 30 de julio de 1970,\\n\\npublicada en La Gaceta N° 168 de 31 de julio de 1970.)\\nSanción: 30-04-1964' | 1964
            """)
    void findsTheYearOfAdoptionNotOfReform(String text, int year) {
        assertEquals(year, years.find(text.replace("\\n", "\n"), Map.of(), false).orElseThrow().year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Recalling resolution 54/212 of 22 December 1999 ... shall be open to all States for signature from 12 to 15 December 2000 in Palermo | 2000
            IN WITNESS WHEREOF the undersigned have signed this Convention. DONE at Geneva, this twenty-eighth day of July, one thousand nine hundred and fifty-one | 1951
            """)
    void aTreatyIsDatedByItsOwnSignatureClause(String text, int year) {
        assertEquals(year, years.find(text, Map.of(), true).orElseThrow().year());
    }

    @org.junit.jupiter.api.Test
    void aTreatyRecallingOlderInstrumentsOnlyHasNoYear() {
        String preamble = "Considering that the Convention relating to the Status of Refugees done at Geneva on 28 July 1951 covers only persons";
        assertEquals(java.util.Optional.empty(), years.find(preamble, Map.of(), true));
    }

    @org.junit.jupiter.api.Test
    void spelledYears() {
        assertEquals(1984, YearFinder.spelledYear("one thousand nine hundred and eighty-four"));
        assertEquals(1961, YearFinder.spelledYear("one thousand nine hundred and sixty-one"));
        assertEquals(2000, YearFinder.spelledYear("two thousand"));
    }
}
