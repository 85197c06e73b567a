package org.milex.trends;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.thesaurus.Thesaurus;
import org.milex.search.Listing;
import org.milex.search.SearchService;

/**
 * Legislative trends: documents counted by their year of adoption, as the search finds them, and the
 * catalog's dated events, year by year and broken down by topic, country, type or kind of event.
 */
public final class Trends {

    /** Documents counted at the most; the timeline says so when a search matches more. */
    public static final int MAX_DOCUMENTS = 1_000_000;
    /** What {@code by=kind} calls a document: the year it counts in is its year of adoption. */
    static final String ADOPTED = "adopted";

    private final SearchService search;
    private final Catalog catalog;
    private final List<Event> events;
    private final Thesaurus thesaurus = Thesaurus.bundled();

    public Trends(SearchService search, Catalog catalog) {
        this.search = search;
        this.catalog = catalog;
        this.events = Events.of(catalog);
    }

    public Timeline compute(TrendsRequest r) throws IOException {
        Map<Integer, int[]> counts = new TreeMap<>();
        Map<Integer, Map<String, Integer>> docsBy = new TreeMap<>();
        Map<Integer, Map<String, Integer>> eventsBy = new TreeMap<>();
        long documents = 0;
        long undated = 0;
        if (r.documents()) {
            for (Listing d : search.matching(r.search(), MAX_DOCUMENTS)) {
                documents++;
                if (d.year() == null) {
                    undated++;
                    continue;
                }
                counts.computeIfAbsent(d.year(), y -> new int[2])[0]++;
                for (String g : groupsOf(d, r.by())) {
                    docsBy.computeIfAbsent(d.year(), y -> new TreeMap<>()).merge(g, 1, Integer::sum);
                }
            }
        }
        List<Event> selected = new ArrayList<>();
        if (r.events()) {
            EventFilter filter = new EventFilter(r.search(), r.kinds(), thesaurus);
            for (Event e : events) {
                if (filter.accepts(e)) {
                    selected.add(e);
                    counts.computeIfAbsent(e.year(), y -> new int[2])[1]++;
                    for (String g : groupsOf(e, r.by())) {
                        eventsBy.computeIfAbsent(e.year(), y -> new TreeMap<>()).merge(g, 1, Integer::sum);
                    }
                }
            }
        }
        List<Timeline.Year> years = new ArrayList<>();
        if (!counts.isEmpty()) {
            int first = r.search().from() != null ? r.search().from() : ((TreeMap<Integer, int[]>) counts).firstKey();
            int last = r.search().to() != null ? r.search().to() : ((TreeMap<Integer, int[]>) counts).lastKey();
            for (int y = first; y <= last; y++) {
                int[] c = counts.getOrDefault(y, new int[2]);
                Map<String, Integer> d = docsBy.getOrDefault(y, Map.of());
                Map<String, Integer> e = eventsBy.getOrDefault(y, Map.of());
                Map<String, Integer> both = new TreeMap<>(d);
                e.forEach((k, v) -> both.merge(k, v, Integer::sum));
                years.add(new Timeline.Year(y, c[0], c[1], both, d, e));
            }
        }
        return new Timeline(r.by(), r.source(), years, selected, documents, undated, catalog.dataVersion());
    }

    private static List<String> groupsOf(Listing d, String by) {
        return switch (by) {
            case "topic" -> d.topics().isEmpty() ? List.of("none") : d.topics();
            case "country" -> List.of(d.country() == null ? "none" : d.country());
            case "type" -> List.of(d.type() == null ? "none" : d.type());
            default -> List.of(ADOPTED);
        };
    }

    private static List<String> groupsOf(Event e, String by) {
        return switch (by) {
            case "topic" -> e.topics().isEmpty() ? List.of("none") : e.topics();
            case "country" -> List.of(e.country());
            case "type" -> List.of(e.type() == null ? "none" : e.type());
            default -> List.of(e.kind());
        };
    }

    public Catalog catalog() {
        return catalog;
    }
}
