package org.milex.peers;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of MILEX's query mix: {@code kind<TAB>params}, params being the query string of MILEX's /api/search
 * (q, country, type, topic, lang, page). MILEX gets the params as they are; the peers get them translated.
 */
record Search(String kind, String params) {

    static List<Search> read(Path mix) throws IOException {
        List<Search> out = new ArrayList<>();
        for (String line : Files.readAllLines(mix, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            out.add(tab < 0 ? new Search(line.strip(), "") : new Search(line.substring(0, tab), line.substring(tab + 1).strip()));
        }
        return out;
    }

    /** Each parameter's values, decoded, in order. */
    Map<String, List<String>> map() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : params.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                        .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The words, or null to browse. */
    String q() {
        List<String> q = map().get("q");
        return q == null || q.get(0).isBlank() ? null : q.get(0);
    }

    int page() {
        List<String> p = map().get("page");
        return p == null ? 1 : Math.max(1, Integer.parseInt(p.get(0).strip()));
    }

    /** The filters by the peers' field, each with its values (comma-separated or repeated, as MILEX takes them); any value matches. */
    Map<String, List<String>> filters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map().forEach((param, values) -> {
            String field = Engines.FILTERS.get(param);
            if (field != null) {
                for (String v : values) {
                    for (String one : v.split(",")) {
                        if (!one.isBlank()) {
                            out.computeIfAbsent(field, k -> new ArrayList<>()).add(one.strip());
                        }
                    }
                }
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return kind + " " + URLDecoder.decode(params, StandardCharsets.UTF_8);
    }
}
