package org.milex.indexer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The choice of topics from their probabilities: threshold, cap, fallback, and the rule that a choice must be shown. */
class TopicModelTest {

    private static List<String> select(Map<String, Double> p, Set<String> named, Set<String> shown, int max) {
        return TopicModel.select(p, named::contains, shown::contains, 0.4, max);
    }

    private static Map<String, Double> probabilities() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("governance", 0.7);
        p.put("asylum-refugees", 0.9);
        p.put("family", 0.45);
        p.put("labour", 0.1);
        return p;
    }

    @Test
    void theTopicsAtOrAboveTheThresholdMostProbableFirstUpToTheCap() {
        Set<String> all = probabilities().keySet();
        assertEquals(List.of("asylum-refugees", "governance", "family"), select(probabilities(), Set.of(), all, 12));
        assertEquals(List.of("asylum-refugees", "governance"), select(probabilities(), Set.of(), all, 2));
    }

    @Test
    void whenNoneReachesItTheMostProbableTopicThatATitleOrHeadingNames() {
        Map<String, Double> low = Map.of("governance", 0.3, "nationality", 0.2, "labour", 0.1);
        Set<String> all = low.keySet();
        assertEquals(List.of("nationality"), select(low, Set.of("nationality", "labour"), all, 12));
        assertEquals(List.of(), select(low, Set.of(), all, 12));
    }

    @Test
    void aChoiceThatNoUnambiguousTermShowsIsNoChoice() {
        // a commercial code that slipped past the migration test: "governance" on penalties and procedures alone
        assertEquals(List.of(), select(Map.of("governance", 0.6, "labour", 0.2), Set.of(), Set.of("labour"), 12));
        // one shown topic among the chosen keeps them all: a migration law's procedures are its governance
        assertEquals(List.of("asylum-refugees", "governance", "family"),
                select(probabilities(), Set.of(), Set.of("asylum-refugees"), 12));
    }
}
