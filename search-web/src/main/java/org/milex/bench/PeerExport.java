package org.milex.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;

/**
 * The instruments of an index as JSON lines, for loading the same documents into the engines MILEX is measured
 * against (bench/peers). One line per instrument, as MILEX counts its hits and facets: its metadata and, per
 * language, the text of its versions in that language ({@code text_es}, {@code text_en}, {@code text_pt},
 * {@code text_fr}, {@code text_other}; a catalog record without a text has none). The text is what MILEX
 * extracted, so that every engine searches the same words.
 */
final class PeerExport {

    private PeerExport() {
    }

    static int write(Path index, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, ObjectNode> instruments = new LinkedHashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (int doc : KindDocs.of(searcher, Schema.KIND_VERSION)) {
                MilexDocument d = Schema.fromLucene(stored.document(doc));
                String instrument = d.instrument() == null ? d.id() : d.instrument();
                ObjectNode o = instruments.computeIfAbsent(instrument, k -> {
                    ObjectNode n = json.createObjectNode();
                    n.put("id", k);
                    n.put("title", d.title());
                    n.put("number", d.number());
                    n.put("country", d.country());
                    n.put("type", d.type());
                    n.putPOJO("topics", d.topics());
                    n.put("language", d.language());
                    if (d.year() != null) {
                        n.put("year", d.year());
                    }
                    return n;
                });
                if (MilexDocument.TEXT.equals(d.kind())) {
                    String field = "text_" + (d.language() != null && Schema.LANGUAGES.contains(d.language()) ? d.language() : "other");
                    String before = o.path(field).asText("");
                    o.put(field, before.isEmpty() ? d.text() : before + "\n\n" + d.text());
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ObjectNode o : instruments.values()) {
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
        return instruments.size();
    }
}
