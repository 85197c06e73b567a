package org.milex.indexer.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A logistic model of whether a document substantially deals with a topic, over a few measures of how the
 * topic shows in it ({@link TopicEvidence}): shared weights for the measures and a bias per topic, learned from
 * the labelled development set ({@code milex.jar eval train-topics}) and kept in topic-model.txt.
 */
public final class TopicModel {

    private final Map<String, Double> weights;
    private final Map<String, Double> biases;
    private final double intercept;
    private final double threshold;
    private final int maxTopics;

    public TopicModel(Map<String, Double> weights, Map<String, Double> biases, double intercept, double threshold, int maxTopics) {
        this.weights = new LinkedHashMap<>(weights);
        this.biases = new LinkedHashMap<>(biases);
        this.intercept = intercept;
        this.threshold = threshold;
        this.maxTopics = maxTopics;
    }

    /** The probability that the document deals with the topic. */
    public double probability(String topic, Map<String, Double> evidence) {
        double z = intercept + biases.getOrDefault(topic, 0.0);
        for (var e : weights.entrySet()) {
            z += e.getValue() * evidence.getOrDefault(e.getKey(), 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The topics at or above the threshold, most probable first, at most maxTopics. */
    public List<String> choose(Map<String, Map<String, Double>> evidenceByTopic) {
        Map<String, Double> scored = new LinkedHashMap<>();
        evidenceByTopic.forEach((topic, ev) -> scored.put(topic, probability(topic, ev)));
        return select(scored, topic -> named(evidenceByTopic.get(topic)), topic -> shown(evidenceByTopic.get(topic)),
                threshold, maxTopics);
    }

    /**
     * Whether the document's structure names the topic (its title or one of its headings) and its text uses
     * the topic's unambiguous terms: words every law uses (procedure, penalties) in a heading are not enough.
     */
    public static boolean named(Map<String, Double> evidence) {
        return named(evidence.getOrDefault("title", 0.0), evidence.getOrDefault("headings", 0.0), evidence.getOrDefault("specific", 0.0));
    }

    public static boolean named(double title, double headings, double specific) {
        return (title > 0 || headings > 0) && specific > 0;
    }

    /** Whether the text uses the topic's unambiguous terms at all, not only words every law uses. */
    public static boolean shown(Map<String, Double> evidence) {
        return shown(evidence.getOrDefault("specific", 0.0));
    }

    public static boolean shown(double specific) {
        return specific > 0;
    }

    /**
     * The choice itself, shared with the training that picks the threshold: the candidates at or above it, most
     * probable first, at most {@code max}; and when none reaches it, the most probable of those its title or a
     * heading names. A text that has passed as being about migration and gives a title or a part to one of its
     * topics deals with it (a protocol titled and headed on smuggling must not come out with none); a text
     * that only mentions foreigners here and there (a commercial code) has shown no topic to fall back on.
     * <p>
     * When not one of the chosen topics is {@code shown} by its unambiguous terms, the choice rests on words
     * every law uses (penalties, procedures, the minister) and the text has shown no migration topic at all: it
     * gets none. On the development set this removed every topic put on a law on another subject (the text
     * had slipped past {@link MigrationRelevance} and come out as "governance" alone) at no cost in F1.
     */
    public static <K> List<K> select(Map<K, Double> probabilities, Predicate<K> fallback, Predicate<K> shown,
                                     double threshold, int max) {
        List<K> ranked = probabilities.entrySet().stream()
                .sorted(Map.Entry.<K, Double>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .toList();
        List<K> chosen = ranked.stream().filter(k -> probabilities.get(k) >= threshold).limit(max).toList();
        if (chosen.isEmpty()) {
            chosen = ranked.stream().filter(fallback).limit(1).toList();
        }
        return chosen.stream().anyMatch(shown) ? chosen : List.of();
    }

    public String format(String comment) {
        StringBuilder sb = new StringBuilder();
        comment.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
        sb.append("threshold\t").append(threshold).append('\n');
        sb.append("max\t").append(maxTopics).append('\n');
        sb.append("intercept\t").append(intercept).append('\n');
        weights.forEach((k, v) -> sb.append("weight\t").append(k).append('\t').append(v).append('\n'));
        biases.forEach((k, v) -> sb.append("bias\t").append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    static TopicModel load(String resource) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> biases = new HashMap<>();
        double intercept = 0;
        double threshold = 0.5;
        int max = 5;
        try (InputStream in = TopicModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "max" -> max = Integer.parseInt(f[1]);
                    case "intercept" -> intercept = Double.parseDouble(f[1]);
                    case "weight" -> weights.put(f[1], Double.parseDouble(f[2]));
                    case "bias" -> biases.put(f[1], Double.parseDouble(f[2]));
                    default -> throw new IllegalStateException(resource + ": unknown line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TopicModel(weights, biases, intercept, threshold, max);
    }
}
