package org.milex.indexer.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        evidenceByTopic.forEach((topic, ev) -> scored.add(Map.entry(topic, probability(topic, ev))));
        return scored.stream()
                .filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(maxTopics)
                .map(Map.Entry::getKey)
                .toList();
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
