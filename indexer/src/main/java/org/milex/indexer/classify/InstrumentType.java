package org.milex.indexer.classify;

import java.util.Arrays;
import java.util.Optional;

/** The eight instrument types; {@link #id()} is the value in the index, the API and the catalog. */
public enum InstrumentType {
    CONSTITUTION("constitution", "Constitution", "Constitución"),
    TREATY("treaty", "Treaty", "Tratado"),
    LAW("law", "Law", "Ley"),
    DECREE("decree", "Decree", "Decreto"),
    REGULATION("regulation", "Regulation", "Reglamento"),
    ADMINISTRATIVE("administrative", "Administrative act", "Acto administrativo"),
    POLICY("policy", "Policy", "Política"),
    DECLARATION("declaration", "Declaration", "Declaración");

    private final String id;
    private final String labelEn;
    private final String labelEs;

    InstrumentType(String id, String labelEn, String labelEs) {
        this.id = id;
        this.labelEn = labelEn;
        this.labelEs = labelEs;
    }

    public String id() {
        return id;
    }

    public String label(String language) {
        return "es".equals(language) ? labelEs : labelEn;
    }

    public static Optional<InstrumentType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
