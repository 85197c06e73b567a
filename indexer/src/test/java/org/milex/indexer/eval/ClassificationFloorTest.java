package org.milex.indexer.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.catalog.Catalog;

/**
 * The classifier on the held-out part of the labelled documents (corpus/labels/classification.tsv), which no
 * rule, weight or threshold was tuned on: floors on every field, so a change that helps the tuned part at the
 * held-out part's expense fails. The same figures are printed by {@code milex.jar eval classify}.
 */
class ClassificationFloorTest {

    static final Path LABELS = Path.of(System.getProperty("user.dir")).resolve("../corpus/labels/classification.tsv").normalize();
    static Map<String, Double> heldOut;
    /** The bulk sample's held-out part (laws on every subject from the bulk archives; see corpus/labels/README.md). */
    static Map<String, Double> bulkHeld;

    @BeforeAll
    static void classifyTheHeldOutParts() throws IOException {
        Path source = SharedCorpus.root();
        heldOut = figures(source, "heldout", 40);
        bulkHeld = figures(source, "bulkheld", 35);
    }

    private static Map<String, Double> figures(Path source, String split, int atLeast) throws IOException {
        List<Label> labels = Label.read(LABELS).stream().filter(l -> l.split().equals(split)).toList();
        assertTrue(labels.size() >= atLeast, "the " + split + " part has " + labels.size() + " documents");
        return ClassificationEval.figures(ClassificationEval.run(source, labels, Catalog.bundled(), 2));
    }

    @Test
    void theBulkSample() {
        for (Map.Entry<String, Double> floor : Map.of("country", 0.95, "type", 0.95, "year", 0.85, "title", 0.90, "topic_f1", 0.85).entrySet()) {
            double v = bulkHeld.get(floor.getKey());
            assertTrue(v >= floor.getValue(), floor.getKey() + " on the bulk sample's held-out part: " + v + " (all: " + bulkHeld + ")");
        }
        assertTrue(bulkHeld.get("non_migration_tagged") == 0, "bulk laws on other subjects given migration topics: " + bulkHeld);
    }

    private static void atLeast(String field, double floor) {
        double v = heldOut.get(field);
        assertTrue(v >= floor, field + " on the held-out part: " + v + " < " + floor + " (all: " + heldOut + ")");
    }

    @Test
    void countryTypeAndLanguage() {
        atLeast("country", 0.93);
        atLeast("type", 0.93);
        atLeast("language", 0.97);
        atLeast("stage", 0.97);
    }

    @Test
    void yearOfAdoption() {
        atLeast("year", 0.85);
    }

    @Test
    void titles() {
        atLeast("title", 0.86);
    }

    @Test
    void topics() {
        atLeast("topic_f1", 0.62);
        atLeast("topic_precision", 0.75);
    }

    @Test
    void documentsOnOtherSubjectsGetNoMigrationTopics() {
        assertTrue(heldOut.get("non_migration_tagged") == 0, "held-out laws on other subjects given migration topics: " + heldOut);
    }
}
