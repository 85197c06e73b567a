package org.milex.indexer.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One dated event of a state's migration law (corpus/catalog/history): an enactment, amendment, regulation,
 * repeal, entry into force, regularisation programme, ruling or policy. {@link #instrument()} is the catalog
 * record the event concerns, when there is one; {@link #act()} the instrument that made the change (the
 * amending law), when it is another. {@link #date()} is as precise as it was checked: {@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record HistoryEvent(
        String id,
        String date,
        String kind,
        String instrument,
        String title,
        String number,
        String type,
        Act act,
        List<String> topics,
        @JsonProperty("gist_en") String gistEn,
        @JsonProperty("gist_es") String gistEs,
        List<CatalogRecord.Check> checked,
        String note) {

    /** The instrument that made the change, when it is not the one changed. */
    public record Act(String id, String title, String number) {
    }

    /** The kinds of event, as the history's schema lists them. */
    public static final List<String> KINDS = List.of("enacted", "published", "entered-into-force", "amended", "regulated", "repealed",
            "replaced", "regularisation", "ruling", "policy");

    public int year() {
        return Integer.parseInt(date.substring(0, 4));
    }

    public List<String> topics() {
        return topics == null ? List.of() : topics;
    }
}
