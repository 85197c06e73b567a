package org.milex.indexer.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cell of the ratification matrix: what a state did about a treaty. A null {@link #consent()} with a
 * {@link #checked()} address means the state was checked and found not to be a party.
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
        String checked) {

    public boolean isParty() {
        return consent != null && !consent.isBlank() && (denounced == null || denounced.isBlank());
    }
}
