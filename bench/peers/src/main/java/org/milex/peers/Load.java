package org.milex.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the documents MILEX exported (JSON lines) into Solr or OpenSearch, in batches of about {@value #BATCH_BYTES}
 * bytes (the texts are long: a count of documents would make batches of a few KB or of hundreds of MB), then
 * commits (Solr) or refreshes and flushes (OpenSearch), so that a restart finds everything on disk.
 *
 * <pre>Load --engine solr|opensearch --url BASE --docs FILE</pre>
 */
public final class Load {

    static final int BATCH_BYTES = 8 << 20;

    private Load() {
    }

    public static void main(String[] args) throws Exception {
        String engine = null;
        String url = null;
        Path docs = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--engine" -> engine = args[++i];
                case "--url" -> url = args[++i].replaceAll("/+$", "");
                case "--docs" -> docs = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (engine == null || url == null || docs == null) {
            System.err.println("usage: Load --engine solr|opensearch --url BASE --docs FILE");
            System.exit(2);
        }
        long start = System.nanoTime();
        int n = switch (engine) {
            case "solr" -> solr(url, docs);
            case "opensearch" -> openSearch(url, docs);
            default -> throw new IllegalArgumentException("engine is solr or opensearch, not " + engine);
        };
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("Loaded %d documents (%.0f MB) into %s in %.1f s%n", n, Files.size(docs) / 1e6, engine, s);
    }

    /** Solr: JSON arrays of documents to /update, one commit at the end. */
    private static int solr(String url, Path docs) throws IOException, InterruptedException {
        Http.json(Http.postJson(url + "/update?commit=true", Map.of("delete", Map.of("query", "*:*"))));
        int n = forEachBatch(docs, batch ->
                Http.json(Http.send("POST", url + "/update", "application/json", Http.JSON.writeValueAsBytes(batch))));
        Http.json(Http.get(url + "/update?commit=true"));
        return n;
    }

    /** OpenSearch: the index created anew from index.json, then _bulk, refresh, flush. */
    private static int openSearch(String url, Path docs) throws IOException, InterruptedException {
        var delete = Http.CLIENT.send(Http.send("DELETE", url + "/milex", "application/json", new byte[0]),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (delete.statusCode() != 200 && delete.statusCode() != 404) {
            throw new IOException("DELETE /milex answered " + delete.statusCode());
        }
        byte[] index;
        try (InputStream in = Load.class.getResourceAsStream("/opensearch/index.json")) {
            index = in.readAllBytes();
        }
        Http.json(Http.send("PUT", url + "/milex", "application/json", index));
        int n = forEachBatch(docs, batch -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (ObjectNode d : batch) {
                body.write(Http.JSON.writeValueAsBytes(Map.of("index", Map.of("_id", d.path("id").asText()))));
                body.write('\n');
                body.write(Http.JSON.writeValueAsBytes(d));
                body.write('\n');
            }
            JsonNode r = Http.json(Http.send("POST", url + "/milex/_bulk", "application/x-ndjson", body.toByteArray()));
            if (r.path("errors").asBoolean()) {
                for (JsonNode item : r.path("items")) {
                    if (item.path("index").has("error")) {
                        throw new IOException("bulk item failed: " + item.path("index").path("error"));
                    }
                }
            }
        });
        Http.json(Http.send("POST", url + "/milex/_refresh", "application/json", new byte[0]));
        Http.json(Http.send("POST", url + "/milex/_flush", "application/json", new byte[0]));
        return n;
    }

    interface BatchSink {
        void accept(List<ObjectNode> batch) throws IOException, InterruptedException;
    }

    /**
     * Reads the documents in batches of about BATCH_BYTES, without their null fields (no value, for both engines),
     * and hands each to the sink: the real export is ~700 MB, a heap of 1 GB must not hold it whole.
     */
    private static int forEachBatch(Path docs, BatchSink sink) throws IOException, InterruptedException {
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            List<ObjectNode> batch = new ArrayList<>();
            long bytes = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode d = (ObjectNode) Http.JSON.readTree(line);
                List<String> nulls = new ArrayList<>();
                d.fieldNames().forEachRemaining(f -> {
                    if (d.get(f).isNull()) {
                        nulls.add(f);
                    }
                });
                d.remove(nulls);
                batch.add(d);
                bytes += line.length();
                if (bytes >= BATCH_BYTES) {
                    sink.accept(batch);
                    n += batch.size();
                    batch = new ArrayList<>();
                    bytes = 0;
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
                n += batch.size();
            }
        }
        return n;
    }
}
