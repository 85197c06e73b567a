package org.milex.indexer.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assigns the few topics a document substantially deals with. A topic counts when its terms are dense in the
 * text (hits per thousand words, so a 500-page code and a two-page decree are judged alike) and not far behind
 * the document's main topic, or when the title names it. Most documents get one to four.
 */
public final class TopicClassifier {

    static final Lexicon LEXICON = Lexicon.load("topics.txt");
    /** Weighted hits per thousand words below which a topic is only mentioned in passing. */
    static final double MIN_DENSITY = 1.5;
    /** A topic must reach this share of the strongest topic's density. */
    static final double RELATIVE = 0.3;
    static final int MAX_TOPICS = 4;

    public List<String> classify(String title, List<String> tokens) {
        Map<String, Double> body = LEXICON.score(tokens);
        Map<String, Double> titled = title == null ? Map.of() : LEXICON.score(Folding.tokens(title));
        double perThousand = 1000.0 / Math.max(tokens.size(), 400);
        double top = body.values().stream().mapToDouble(v -> v * perThousand).max().orElse(0);

        List<String> chosen = new ArrayList<>();
        titled.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> chosen.add(e.getKey()));
        body.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> {
                    double density = e.getValue() * perThousand;
                    return density >= MIN_DENSITY && density >= RELATIVE * top;
                })
                .map(Map.Entry::getKey)
                .filter(t -> !chosen.contains(t))
                .forEach(chosen::add);
        return chosen.stream().limit(Math.max(MAX_TOPICS, titled.size())).sorted(Comparator.comparingInt(TopicClassifier::order)).toList();
    }

    /** Scores per topic, as weighted hits per thousand words: for tuning and for the curious. */
    public Map<String, Double> densities(List<String> tokens) {
        double perThousand = 1000.0 / Math.max(tokens.size(), 400);
        Map<String, Double> body = LEXICON.score(tokens);
        body.replaceAll((k, v) -> Math.round(v * perThousand * 100) / 100.0);
        return body;
    }

    private static int order(String topic) {
        return Topic.byId(topic).map(Enum::ordinal).orElse(99);
    }
}
