package org.milex.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.milex.indexer.index.Instrument;
import org.milex.indexer.index.Schema;

/** One matching instrument as an export lists it and a timeline counts it: its facts, without text or snippets. */
public record Listing(String key, String title, String number, String country, String type, List<String> topics, List<String> languages,
                      Integer year, String date, String status, String currentTo, String catalogId, List<Instrument.Version> versions) {

    static Listing of(Document d) {
        String year = d.get(Schema.YEAR);
        return new Listing(d.get(Schema.INSTRUMENT), d.get(Schema.TITLE), d.get(Schema.NUMBER), d.get(Schema.COUNTRY), d.get(Schema.TYPE),
                values(d, Schema.TOPIC), values(d, Schema.LANGUAGE), year == null ? null : Integer.valueOf(year), d.get(Schema.DATE),
                d.get(Schema.STATUS), d.get(Schema.CURRENT_TO), d.get(Schema.CATALOG_ID), Instrument.decodeVersions(d.get(Schema.VERSIONS)));
    }

    private static List<String> values(Document d, String field) {
        List<String> out = new ArrayList<>();
        for (IndexableField f : d.getFields(field)) {
            out.add(f.stringValue());
        }
        return out;
    }
}
