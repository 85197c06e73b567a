package org.milex.trends;

import java.util.List;
import java.util.Map;

/**
 * The answer to a trends question: for every year from the first to the last with anything in it (none
 * left out), the matching documents by year of adoption and the matching events, and both broken down by
 * the chosen dimension; the events themselves; and the data version.
 *
 * @param undated matching documents whose year of adoption is not known, which no year counts
 */
public record Timeline(String by, String source, List<Year> years, List<Event> events, long documents, long undated, String dataVersion) {

    /**
     * One year. {@code by} breaks down what {@code source} counts (documents, events, or both together); a
     * document on two topics counts under each, so by topic the parts can add up to more than the whole.
     */
    public record Year(int year, int documents, int events, Map<String, Integer> by, Map<String, Integer> documentsBy,
                       Map<String, Integer> eventsBy) {
    }

    /** Every group that occurs in some year, in the order of its total (largest first). */
    public List<String> groups() {
        Map<String, Integer> totals = new java.util.HashMap<>();
        years.forEach(y -> y.by().forEach((k, v) -> totals.merge(k, v, Integer::sum)));
        return totals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
