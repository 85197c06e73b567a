package org.milex.indexer.classify;

import java.util.List;
import java.util.Map;

/**
 * What a text calls itself: a law says "la presente ley", "this Act", "esta Lei"; a regulation "these
 * Regulations", "el presente reglamento"; a treaty "the present Convention", "este Protocolo"; a constitution
 * "esta Constitución"; an executive order "this order". The kind it names most often, clearly ahead of any
 * other, is its type.
 */
final class SelfReference {

    private static final Lexicon PHRASES = new Lexicon()
            .add("law", "esta ley; la presente ley; presente ley; this act; esta lei; a presente lei; presente lei; la presente loi; "
                    + "cette loi; presente loi; este codigo; el presente codigo; presente codigo; ce code; this code; este estatuto; this ordinance")
            .add("decree", "este decreto; el presente decreto; presente decreto; o presente decreto; ce decret; le present decret; "
                    + "this order; this executive order; this proclamation; esta orden; la presente orden ejecutiva; este decreto supremo")
            .add("regulation", "este reglamento; el presente reglamento; presente reglamento; este regulamento; o presente regulamento; "
                    + "ce reglement; le present reglement; these regulations; these rules; ces regles; las presentes reglas; estas reglas")
            .add("constitution", "esta constitucion; la presente constitucion; presente constitucion; esta constituicao; "
                    + "la presente constitution; cette constitution; this constitution")
            .add("treaty", "la presente convencion; esta convencion; this convention; the present convention; present convention; "
                    + "this protocol; the present protocol; el presente protocolo; este protocolo; this covenant; the present covenant; "
                    + "el presente pacto; esta convencao; a presente convencao; o presente protocolo; le present protocole; "
                    + "la presente convention; cette convention; this treaty; este tratado; el presente tratado")
            .add("declaration", "this declaration; la presente declaracion; esta declaracion; la presente declaration; cette declaration; "
                    + "esta declaracao; a presente declaracao")
            .add("administrative", "la presente resolucion; esta resolucion; los presentes lineamientos; estos lineamientos; "
                    + "la presente circular; esta circular; a presente resolucao; esta resolucao; le present arrete; cet arrete; "
                    + "this permit; this presidential permit; la presente directiva; esta directiva");
    /** Mentions needed, and the lead over the runner-up, for the text's word to count. */
    private static final double MIN = 2;
    private static final double LEAD = 1.5;

    private SelfReference() {
    }

    static InstrumentType type(List<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        Map<String, Double> counts = PHRASES.score(tokens);
        var ranked = counts.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN) {
            return null;
        }
        if (ranked.size() > 1 && ranked.get(0).getValue() < LEAD * ranked.get(1).getValue()) {
            return null;
        }
        return InstrumentType.byId(ranked.get(0).getKey()).orElse(null);
    }
}
