package org.milex.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.milex.indexer.catalog.HistoryEvent;
import org.milex.search.BadRequest;
import org.milex.search.SearchRequest;

/**
 * A trends question: the search's words and filters ({@code q}, {@code country}, {@code type}, {@code topic},
 * {@code lang}, {@code status}, {@code from}, {@code to}), what to break the counts down {@code by}
 * ({@code topic}, {@code country}, {@code type} or {@code kind}), which {@code source} to count
 * ({@code documents}, {@code events} or {@code both}), and which event {@code kind}s.
 */
public record TrendsRequest(SearchRequest search, String by, String source, List<String> kinds) {

    public static final List<String> BYS = List.of("topic", "country", "type", "kind");
    public static final List<String> SOURCES = List.of("both", "documents", "events");
    /** Event kinds: the history's, and the matrix's signatures and consents. */
    public static final List<String> KINDS = allKinds();
    /** Parameters that are the trends' own, not the search's. */
    static final List<String> OWN = List.of("by", "source", "kind", "format", "ui");

    private static List<String> allKinds() {
        List<String> k = new ArrayList<>(HistoryEvent.KINDS);
        k.add("signed");
        k.add("ratified");
        return List.copyOf(k);
    }

    public static TrendsRequest parse(Map<String, List<String>> params) {
        Map<String, List<String>> searchParams = new LinkedHashMap<>(params);
        OWN.forEach(searchParams::remove);
        searchParams.remove("size");
        searchParams.remove("page");
        searchParams.remove("sort");
        SearchRequest search = SearchRequest.parse(searchParams);
        String by = one(params, "by", "topic");
        if (!BYS.contains(by)) {
            throw new BadRequest("'by' must be one of " + String.join(", ", BYS) + ", not '" + by + "'");
        }
        String source = one(params, "source", "both");
        if (!SOURCES.contains(source)) {
            throw new BadRequest("'source' must be documents, events or both, not '" + source + "'");
        }
        List<String> kinds = new ArrayList<>();
        for (String raw : params.getOrDefault("kind", List.of())) {
            for (String k : raw.split(",")) {
                if (k.isBlank()) {
                    continue;
                }
                if (!KINDS.contains(k.strip())) {
                    throw new BadRequest("unknown event kind '" + k.strip() + "': one of " + String.join(", ", KINDS));
                }
                kinds.add(k.strip());
            }
        }
        return new TrendsRequest(search, by, source, List.copyOf(kinds));
    }

    private static String one(Map<String, List<String>> params, String name, String otherwise) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return otherwise;
        }
        if (v.size() > 1) {
            throw new BadRequest("'" + name + "' is given " + v.size() + " times; give it once");
        }
        return v.get(0).strip();
    }

    public boolean documents() {
        return !source.equals("events");
    }

    public boolean events() {
        return !source.equals("documents");
    }
}
