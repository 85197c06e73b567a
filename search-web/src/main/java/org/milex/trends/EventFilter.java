package org.milex.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milex.indexer.classify.Folding;
import org.milex.indexer.index.Schema;
import org.milex.indexer.thesaurus.Thesaurus;
import org.milex.search.SearchRequest;

/**
 * Which events a search's words and filters select. Events are short facts, not texts, so the words are read
 * as a researcher means them: a word the thesaurus knows selects the events of its topic ("trata" the
 * trafficking events) as well as those that name it; any other word must begin a word of the event's title,
 * number or gist ("reglamento", "13.445"). The language filter is the documents' and does not apply.
 */
final class EventFilter {

    /** Words too short to mean anything on their own in any of the four languages ("de", "la", "of"). */
    private static final int SHORTEST = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-/]*");

    private record Unit(Thesaurus.Concept concept, String word) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final SearchRequest search;
    private final Set<String> kinds;

    EventFilter(SearchRequest search, List<String> kinds, Thesaurus thesaurus) {
        this.search = search;
        this.kinds = Set.copyOf(kinds);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(search.q() == null ? "" : search.q());
        while (m.find()) {
            words.add(m.group());
        }
        boolean[] covered = new boolean[words.size()];
        for (Thesaurus.Match match : thesaurus.find(words)) {
            units.add(new Unit(match.concept(), null));
            for (int i = match.start(); i < match.end(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = Folding.fold(words.get(i));
            if (!covered[i] && (w.length() >= SHORTEST || w.matches(".*\\d.*"))) {
                units.add(new Unit(null, w));
            }
        }
    }

    boolean accepts(Event e) {
        Map<String, List<String>> f = search.filters();
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        if (!in(f.get(Schema.COUNTRY), e.country()) || !in(f.get(Schema.TYPE), e.type())) {
            return false;
        }
        List<String> topics = f.get(Schema.TOPIC);
        if (topics != null && e.topics().stream().noneMatch(topics::contains)) {
            return false;
        }
        if ((search.from() != null && e.year() < search.from()) || (search.to() != null && e.year() > search.to())) {
            return false;
        }
        if (units.isEmpty()) {
            return true;
        }
        String text = " " + String.join(" ", Folding.tokens(String.join(" ", e.title(), e.gistEn() == null ? "" : e.gistEn(),
                e.gistEs() == null ? "" : e.gistEs()))) + " ";
        for (Unit u : units) {
            boolean ok = u.concept() != null
                    ? e.topics().contains(u.concept().topic()) || u.concept().terms().values().stream().flatMap(List::stream)
                            .anyMatch(t -> text.contains(" " + String.join(" ", Folding.tokens(t)) + " "))
                    : text.contains(" " + String.join(" ", Folding.tokens(u.word())));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean in(List<String> chosen, String value) {
        return chosen == null || chosen.isEmpty() || chosen.contains(value);
    }
}
