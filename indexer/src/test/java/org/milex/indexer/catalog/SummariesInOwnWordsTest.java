package org.milex.indexer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.milex.indexer.SharedCorpus;
import org.milex.indexer.classify.Folding;
import org.milex.indexer.extract.ExtractionException;
import org.milex.indexer.extract.TextExtractor;

/**
 * Summaries and key-article gists are written in our own words: none repeats a run of ten words of the
 * official text it summarises (checked against every full text the catalog joins).
 */
class SummariesInOwnWordsTest {

    private static final int RUN = 10;

    @Test
    void noSummaryRepeatsTenWordsOfItsLaw() throws IOException, ExtractionException {
        Catalog catalog = Catalog.bundled();
        List<String> copied = new ArrayList<>();
        try (TextExtractor extractor = new TextExtractor(300)) {
            for (FullText ft : catalog.fullTexts()) {
                CatalogRecord r = catalog.record(ft.record()).orElseThrow();
                for (FullText.File f : ft.files()) {
                    Path file = SharedCorpus.root().resolve(f.note().replaceFirst("^\\.\\./shared/corpus-src/", ""));
                    if (!Files.exists(file) || f.name().contains("scanned")) {
                        continue;
                    }
                    Set<String> runs = runs(extractor.extract(f.name(), Files.readAllBytes(file)).text());
                    List<String> ours = new ArrayList<>(List.of(String.valueOf(r.summaryEn()), String.valueOf(r.summaryEs())));
                    r.keyArticlesOrEmpty().forEach(a -> ours.add(a.gist()));
                    for (String text : ours) {
                        for (String run : runs(text)) {
                            if (runs.contains(run)) {
                                copied.add(r.id() + " repeats \"" + run + "\" of " + f.name());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), copied);
    }

    private static Set<String> runs(String text) {
        List<String> words = Folding.tokens(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return out;
    }
}
