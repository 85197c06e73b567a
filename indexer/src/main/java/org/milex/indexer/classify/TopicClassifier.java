package org.milex.indexer.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assigns the few topics a document substantially deals with. A text that is not about migration at all
 * ({@link MigrationRelevance}) gets none. Otherwise each topic is weighed by the {@link TopicModel} on its
 * {@link TopicEvidence}: how dense its terms are, whether headings and the title name it, and how the most
 * similar catalog records were labelled.
 */
public final class TopicClassifier {

    static final Lexicon LEXICON = Lexicon.load("topics.txt");

    /** Loaded on first use, so that the model can be trained by code that only needs the evidence. */
    private static final class Model {
        static final TopicModel INSTANCE = TopicModel.load("topic-model.txt");
    }

    private final CatalogNeighbours neighbours;

    /** @param neighbours the catalog's labelled records, or null to weigh the text alone */
    public TopicClassifier(CatalogNeighbours neighbours) {
        this.neighbours = neighbours;
    }

    /**
     * @param exclude a catalog record that must not vote (the document's own, when measuring the classifier)
     */
    public List<String> classify(String title, List<String> tokens, String text, String exclude) {
        return Model.INSTANCE.choose(evidence(title, tokens, text, exclude)).stream()
                .sorted(Comparator.comparingInt(TopicClassifier::order)).toList();
    }

    /** The evidence per topic, or none when the text is not about migration: for the model and its training. */
    public Map<String, Map<String, Double>> evidence(String title, List<String> tokens, String text, String exclude) {
        List<String> titleTokens = title == null ? List.of() : Folding.tokens(title);
        if (!MigrationRelevance.of(titleTokens, tokens)) {
            return Map.of();
        }
        Map<String, Double> votes = neighbours == null ? Map.of() : neighbours.votes(titleTokens, tokens, exclude);
        return TopicEvidence.of(LEXICON, titleTokens, tokens, Headings.of(text), votes);
    }

    private static int order(String topic) {
        return Topic.byId(topic).map(Enum::ordinal).orElse(99);
    }
}
