package org.milex.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.HistoryEvent;
import org.milex.indexer.catalog.Ratification;
import org.milex.indexer.classify.Country;

/** Every dated event the catalog knows: its legislative history, and each signature and consent of the matrix. */
final class Events {

    private Events() {
    }

    static List<Event> of(Catalog catalog) {
        List<Event> out = new ArrayList<>();
        for (HistoryEvent e : catalog.history()) {
            String type = e.type() != null ? e.type() : Optional.ofNullable(e.instrument()).flatMap(catalog::record).map(CatalogRecord::type).orElse(null);
            out.add(new Event(e.date(), catalog.countryOf(e), e.kind(), e.instrument(), e.title(), type, e.topics(), e.gistEn(), e.gistEs(), "history"));
        }
        for (Ratification r : catalog.ratifications()) {
            Optional<CatalogRecord> treaty = catalog.record(r.treaty());
            String title = treaty.map(CatalogRecord::title).orElse(r.treaty());
            String titleEn = treaty.map(t -> t.titleEn() != null ? t.titleEn() : t.title()).orElse(r.treaty());
            List<String> topics = treaty.map(CatalogRecord::topics).orElse(List.of());
            String state = Country.byCode(r.country()).map(c -> c.name("en")).orElse(r.country());
            String estado = Country.byCode(r.country()).map(c -> c.name("es")).orElse(r.country());
            if (r.signed() != null && !r.signed().isBlank()) {
                out.add(new Event(r.signed(), r.country(), "signed", r.treaty(), title, "treaty", topics,
                        state + " signs the " + titleEn + ".", estado + " firma el instrumento: " + title + ".", "ratifications"));
            }
            if (r.consent() != null && !r.consent().isBlank()) {
                String how = r.consentType() == null ? "consent to be bound by" : r.consentType().replace("signature", "definitive signature") + " of";
                out.add(new Event(r.consent(), r.country(), "ratified", r.treaty(), title, "treaty", topics,
                        state + " deposits its instrument of " + how + " the " + titleEn + ".",
                        estado + " deposita su instrumento de consentimiento: " + title + ".", "ratifications"));
            }
        }
        out.sort(Comparator.comparing(Event::date).thenComparing(Event::country).thenComparing(Event::kind));
        return List.copyOf(out);
    }
}
