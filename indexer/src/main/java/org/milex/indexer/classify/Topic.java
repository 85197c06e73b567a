package org.milex.indexer.classify;

import java.util.Arrays;
import java.util.Optional;

/** The fourteen topics; {@link #id()} is the value in the index, the API and the catalog. */
public enum Topic {
    ENTRY_STAY("entry-stay", "Entry and stay", "Ingreso y permanencia"),
    ASYLUM_REFUGEES("asylum-refugees", "Asylum and refugees", "Asilo y refugio"),
    TRAFFICKING("trafficking", "Trafficking in persons", "Trata de personas"),
    SMUGGLING("smuggling", "Smuggling of migrants", "Tráfico ilícito de migrantes"),
    NATIONALITY("nationality", "Nationality and statelessness", "Nacionalidad y apatridia"),
    LABOUR("labour", "Migrant workers", "Trabajadores migrantes"),
    DETENTION_REMOVAL("detention-removal", "Detention and removal", "Detención y expulsión"),
    BORDERS("borders", "Borders and travel documents", "Fronteras y documentos de viaje"),
    FAMILY("family", "Family reunification", "Reunificación familiar"),
    CHILDREN("children", "Children", "Niñez"),
    GENDER("gender", "Gender", "Género"),
    RIGHTS("rights", "Rights of migrants", "Derechos de las personas migrantes"),
    EMIGRANTS("emigrants", "Emigrants and nationals abroad", "Emigrantes y nacionales en el exterior"),
    GOVERNANCE("governance", "Governance, procedures, offences", "Gobernanza, procedimientos, infracciones");

    private final String id;
    private final String labelEn;
    private final String labelEs;

    Topic(String id, String labelEn, String labelEs) {
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

    public static Optional<Topic> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
