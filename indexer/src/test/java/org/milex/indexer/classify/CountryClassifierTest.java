package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A state named by nothing but the place its law was promulgated in; a declaration signed in a capital stays international. */
class CountryClassifierTest {

    private final CountryClassifier countries = new CountryClassifier();

    private String of(String text, boolean international) {
        return countries.classify(Folding.tokens(text), international, false, null);
    }

    @Test
    void aLawPromulgatedInACapitalIsThatStates() {
        String ley = "LEY NÚM. 21.219 Reforma constitucional que autoriza al Congreso Nacional a sesionar por medios telemáticos. "
                + "Y por cuanto he tenido a bien aprobarlo y sancionarlo; por tanto promúlguese. "
                + "Santiago, 25 de marzo de 2020.- Presidente de la República.";
        assertEquals("CL", of(ley, false));
        assertEquals("MX", of("Decreto por el que se expide la ley. México, D.F., a 29 de diciembre de 1974.- Presidente.", false));
        assertEquals("BR", of("Esta Lei entra em vigor na data de sua publicação. Brasília, 1º de abril de 2021; 200º da Independência.", false));
        assertEquals("CA", of("Given under my hand at Ottawa, March 3, 2020.", false));
    }

    @Test
    void aPlaceThatIsNotADatelineIsNoEvidence() {
        assertNotEquals("CL", of("El Tribunal de Santiago de Cuba, 3 de marzo de 2020, resolvió.", false));
        assertNull(of("Los tribunales de Santiago conocerán de estas causas.", false));
    }

    @Test
    void aDeclarationSignedInACapitalStaysInternational() {
        assertEquals(Country.INTERNATIONAL, of("Declaración de los Estados participantes sobre migración. Quito, 4 de septiembre de 2015.", true));
    }
}
