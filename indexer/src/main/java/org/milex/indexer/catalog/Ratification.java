package org.milex.indexer.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cell of the ratification matrix: what a state did about a treaty. A null {@link #consent()} with a
 * {@link #checked()} address means the state was checked and found not to be a party. {@link #source()} says
 * what kind of source the address is and {@link #asOf()} how current its data are; {@link #consent()} is the
 * date the depositary records for the deposit of the instrument.
 */
public record Ratification(
        String treaty,
        String country,
        String signed,
        String consent,
        @JsonProperty("consent_type") String consentType,
        Boolean reservations,
        @JsonProperty("reservation_note") String reservationNote,
        String denounced,
        String checked,
        String source,
        @JsonProperty("as_of") String asOf,
        String note) {

    public boolean isParty() {
        return consent != null && !consent.isBlank() && (denounced == null || denounced.isBlank());
    }
}
