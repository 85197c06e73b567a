package org.milex.indexer.classify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each topic shows in a document, measured five ways for the {@link TopicModel}:
 * <ul>
 * <li>{@code density}: weighted hits of its terms per thousand words (log);
 * <li>{@code specific}: hits of its unambiguous terms (weight 2 or more) per ten thousand words (log);
 * <li>{@code headings}: headings that name it (log): a part of the document is given to it;
 * <li>{@code title}: the title names it;
 * <li>{@code neighbours}: its share of the votes of the most similar catalog records.
 * </ul>
 */
public final class TopicEvidence {

    public static final List<String> MEASURES = List.of("density", "specific", "headings", "title", "neighbours");
    /** Terms weighing this much or more name a topic unambiguously. */
    static final double SPECIFIC = 2;

    private TopicEvidence() {
    }

    public static Map<String, Map<String, Double>> of(Lexicon lexicon, List<String> titleTokens, List<String> tokens,
                                                      List<String> headings, Map<String, Double> neighbourVotes) {
        double words = Math.max(tokens.size(), 400);
        Map<String, Double> density = lexicon.score(tokens);
        Map<String, Integer> specific = lexicon.count(tokens, SPECIFIC);
        Map<String, Integer> titled = lexicon.count(titleTokens, 1);
        Map<String, Integer> headed = new HashMap<>();
        for (String h : headings) {
            lexicon.count(Folding.tokens(h), 1).keySet().forEach(topic -> headed.merge(topic, 1, Integer::sum));
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Topic t : Topic.values()) {
            String id = t.id();
            Map<String, Double> e = new LinkedHashMap<>();
            e.put("density", Math.log1p(density.getOrDefault(id, 0.0) * 1000 / words));
            e.put("specific", Math.log1p(specific.getOrDefault(id, 0) * 10000 / words));
            e.put("headings", Math.log1p(headed.getOrDefault(id, 0)));
            e.put("title", Math.min(titled.getOrDefault(id, 0), 2) / 2.0);
            e.put("neighbours", neighbourVotes.getOrDefault(id, 0.0));
            out.put(id, e);
        }
        return out;
    }
}
