package org.milex.indexer.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names the instrument type from what a title says it is: Spanish, Portuguese and French titles open with
 * the kind ("Ley de Migración", "Decreto nº 592", "Règlement sur …"), English ones close with it
 * ("… Protection Act", "… Regulations"). Failing a title, the format's own statement or the text's header.
 */
public final class TypeClassifier {

    private static final Map<Pattern, InstrumentType> OPENING = new LinkedHashMap<>();
    private static final Map<Pattern, InstrumentType> ANYWHERE = new LinkedHashMap<>();

    static {
        opening("(constitucion|constituicao|constitution|carta magna|carta fundamental)\\b", InstrumentType.CONSTITUTION);
        opening("(decreto[ -]ley|decreto[ -]lei|decreto con fuerza de ley|dfl|decree[ -]law)\\b", InstrumentType.LAW);
        opening("(declaracion|declaracao|declaration|plan de accion|plano de acao|plan of action|pacto mundial|global compact)\\b", InstrumentType.DECLARATION);
        opening("(convencion|convencao|convention|convenio|covenant|pacto|protocolo|protocol|protocole|tratado|traite|treaty|agreement|acuerdo sobre)\\b", InstrumentType.TREATY);
        opening("(decreto|decree|decret|executive order|orden ejecutiva|arrete|dnu|proclamation|a proclamation|proclama)\\b", InstrumentType.DECREE);
        opening("(presidential permit|presidential memorandum|memorandum on|permit)\\b", InstrumentType.ADMINISTRATIVE);
        opening("(reglamento|regulamento|reglement|regulations?|rules|regles|reglas)\\b", InstrumentType.REGULATION);
        opening("(lineamientos|acuerdo|resolucion|resolucao|circular|disposicion|instruccion|instrucao|portaria|directiva|directive|guidelines|manual|norma tecnica|providencia|instructivo)\\b", InstrumentType.ADMINISTRATIVE);
        opening("(politica|policy|plan nacional|estrategia|strategy|programa nacional)\\b", InstrumentType.POLICY);
        opening("(ley|lei|loi|codigo|code|estatuto|statute|act|ordinance|8 u ?s ?c|chapter \\d+)\\b", InstrumentType.LAW);

        // a part of a constitution: "Artículo 100 de la Constitución Política de Colombia"
        anywhere("\\b(de la|del|da|de|of the|of)\\s+(constitucion|constituicao|constitution)\\b", InstrumentType.CONSTITUTION);
        anywhere("\\b(convention|covenant|protocol|convencion|convencao|protocolo|pacto internacional)\\b", InstrumentType.TREATY);
        anywhere("\\bdeclarat?(ion|ion of|ao)\\b", InstrumentType.DECLARATION);
        anywhere("\\b(regulations|rules|order)( \\d{4})?$", InstrumentType.REGULATION);
        anywhere("\\b(act|code|bill)( \\d{4})?$", InstrumentType.LAW);
        anywhere("\\bconstitution$", InstrumentType.CONSTITUTION);
    }

    private static void opening(String regex, InstrumentType type) {
        OPENING.put(Pattern.compile("^(the |la |el |le |a |o )?" + regex), type);
    }

    private static void anywhere(String regex, InstrumentType type) {
        ANYWHERE.put(Pattern.compile(regex), type);
    }

    /**
     * @param title  the document's title (may be null)
     * @param kind   the format's statement of kind (LIMS root, front matter), may be null
     * @param header the legal header line found in the text, may be null
     * @param treatyText true when the text reads like a treaty (states parties, ratification clauses)
     */
    public InstrumentType classify(String title, String kind, String header, boolean treatyText) {
        return classify(title, kind, header, treatyText, List.of());
    }

    /**
     * @param tokens the text's words: when neither the format nor the title nor the header says what the
     *               instrument is, the text does, by what it calls itself ("la presente ley", "these Regulations")
     */
    public InstrumentType classify(String title, String kind, String header, boolean treatyText, List<String> tokens) {
        // The format's own statement (a LIMS <Regulation>, a gazette's "tipo") beats words in a title:
        // a "Code of Professional Conduct" made as a regulation is a regulation.
        InstrumentType fromKind = fromTitle(kind);
        if (fromKind != null) {
            return fromKind;
        }
        InstrumentType fromTitle = fromTitle(title);
        if (fromTitle != null) {
            return fromTitle;
        }
        InstrumentType fromHeader = fromTitle(header);
        if (fromHeader != null) {
            return fromHeader;
        }
        if (title != null && STRUCTURAL_TITLE.matcher(Folding.fold(title)).find() && mentionsConstitution(tokens)) {
            return InstrumentType.CONSTITUTION; // "Capítulo 1 - De la nacionalidad" of a text on "la Constitución"
        }
        InstrumentType self = SelfReference.type(tokens);
        if (self != null) {
            return self;
        }
        if (treatyText) {
            return InstrumentType.TREATY;
        }
        // an article or chapter that leaves its details "a la ley"; a treaty's "prescribed by law" is caught above
        return Delegation.readsAsConstitution(tokens) ? InstrumentType.CONSTITUTION : InstrumentType.LAW;
    }

    /** A title that names a part (chapter, title, article) rather than an instrument. */
    private static final Pattern STRUCTURAL_TITLE = Pattern.compile(
            "^(capitulo|chapitre|chapter|titulo|titre|title|articulo|artigo|article|art|seccion|secao|section|parte|part)\\b");
    private static final int CONSTITUTION_HEAD = 300;

    /** The head of a part's text names the constitution it belongs to ("El artículo 96 de la Constitución Política…"). */
    private static boolean mentionsConstitution(List<String> tokens) {
        for (int i = 0; i < Math.min(tokens.size(), CONSTITUTION_HEAD); i++) {
            String t = tokens.get(i);
            if (t.equals("constitucion") || t.equals("constituicao") || t.equals("constitution")) {
                return true;
            }
        }
        return false;
    }

    static InstrumentType fromTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = Folding.fold(title).replaceAll("[^a-z0-9 -]", " ").replaceAll("\\s+", " ").strip();
        for (var e : OPENING.entrySet()) {
            if (e.getKey().matcher(t).find()) {
                return e.getValue();
            }
        }
        for (var e : ANYWHERE.entrySet()) {
            if (e.getKey().matcher(t).find()) {
                return e.getValue();
            }
        }
        return null;
    }
}
