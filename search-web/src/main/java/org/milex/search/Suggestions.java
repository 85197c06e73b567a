package org.milex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.milex.indexer.classify.Folding;
import org.milex.indexer.index.Schema;

/**
 * "Did you mean": for a query that finds little, each word the index does not know (or knows less than a close
 * spelling of it) is replaced by the index's own word nearest to it (Lucene's DirectSpellChecker over the folded
 * words of titles and texts), so "refujiado" suggests "refugiado".
 */
final class Suggestions {

    /** Fewer results than this, and suggestions are offered. */
    static final int FEW = 3;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Suggestions() {
        checker.setMinQueryLength(4);
        checker.setMaxEdits(2);
    }

    /** Corrected queries (at most one), or none when every word is known. */
    List<String> suggest(IndexReader reader, List<String> words) throws IOException {
        if (words.isEmpty() || words.size() > 8) {
            return List.of();
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            String folded = String.join(" ", Folding.tokens(word));
            if (folded.isEmpty() || folded.contains(" ") || folded.chars().anyMatch(Character::isDigit)) {
                corrected.add(word);
                continue;
            }
            SuggestWord[] best = checker.suggestSimilar(new Term(Schema.SPELL, folded), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (best.length > 0) {
                corrected.add(best[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? List.of(String.join(" ", corrected)) : List.of();
    }
}
