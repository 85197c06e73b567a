package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void overlappingTermsCountOnceAndStemsMatchEndings() {
        Lexicon lexicon = new Lexicon().add("children", "niñas niños y adolescentes=3; niño*=1; nina*=1");
        Map<String, Double> s = lexicon.score(Folding.tokens("Las niñas, niños y adolescentes migrantes; los niños."));
        assertEquals(4.0, s.get("children"), "the phrase counts 3 once, the later 'niños' 1");
    }

    @Test
    void negativeTermsCancelInstitutionNames() {
        Lexicon lexicon = new Lexicon().add("nationality", "citizenship=2; citizenship and immigration=-2");
        assertNull(lexicon.score(Folding.tokens("Department of Citizenship and Immigration")).get("nationality"));
        assertEquals(2.0, lexicon.score(Folding.tokens("Loss of citizenship")).get("nationality"));
    }

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertEquals(java.util.List.of("migracion", "d", "asile", "25", "871"), Folding.tokens("MIGRACIÓN d'asile 25.871"));
    }
}
