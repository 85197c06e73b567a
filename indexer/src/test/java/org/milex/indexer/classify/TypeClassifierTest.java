package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeClassifierTest {

    private final TypeClassifier types = new TypeClassifier();

    private InstrumentType typeOf(String title, String text) {
        return types.classify(title, null, null, false, Folding.tokens(text));
    }

    @Test
    void aChapterThatLeavesItsDetailsToTheLawIsAConstitution() {
        // an article or chapter taken out of a constitution, naming neither itself nor the constitution
        String text = "Artículo 12. Los tributos se crean por ley. Las tasas municipales se fijan conforme a ley. "
                + "El Estado garantiza la educación en los términos que establece la ley. La ley determina los casos de "
                + "exoneración. Nadie está obligado a hacer lo que la ley no manda.";
        assertEquals(InstrumentType.CONSTITUTION, typeOf("CAPÍTULO IV Del régimen tributario", text));
        String pt = "Art. 9 O voto é obrigatório na forma da lei. Os estrangeiros não podem alistar-se, nos termos da lei. "
                + "Lei complementar estabelecerá outros casos. A lei disporá sobre a organização dos partidos.";
        assertEquals(InstrumentType.CONSTITUTION, typeOf(null, pt));
    }

    @Test
    void aLawThatNamesItselfStaysALawHoweverOftenItDefers() {
        String text = "Artículo 1. La presente ley regula la migración. Artículo 2. Esta ley se aplica a toda persona. "
                + "Las sanciones se fijan por ley. Los plazos se cuentan conforme a la ley. La ley determina las tasas.";
        assertEquals(InstrumentType.LAW, typeOf(null, text));
    }

    @Test
    void aFewDelegationsInALongTextAreNotEnough() {
        String text = ("Section 4. The Minister may issue permits to foreign workers. ".repeat(80))
                + "Fees are prescribed by law. Appeals lie as provided by law. Terms are determined by law.";
        assertEquals(InstrumentType.LAW, typeOf(null, text));
    }
}
