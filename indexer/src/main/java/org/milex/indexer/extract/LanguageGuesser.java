package org.milex.indexer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses a document's language as one of the hemisphere's four (es, en, pt, fr) or "other".
 * Official texts are often bilingual (Dutch treaty copies with the English authentic text, bilingual
 * gazettes), so the text is sampled in chunks and the language holding most of the characters wins.
 */
public final class LanguageGuesser {

    public static final Set<String> KNOWN = Set.of("es", "en", "pt", "fr");
    /** Any language but the four. */
    public static final String OTHER = "other";
    private static final int CHUNK = 1500;
    private static final int MAX_CHUNKS = 24;

    /** Thread-safe: each call builds a light detector over Optimaize's shared, already loaded models. */
    public String guess(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        Map<String, Integer> weight = new HashMap<>();
        for (String chunk : sample(text)) {
            LanguageDetector detector = new OptimaizeLangDetector().loadModels();
            detector.addText(chunk);
            List<LanguageResult> results = detector.detectAll();
            if (!results.isEmpty() && !results.get(0).isUnknown()) {
                weight.merge(results.get(0).getLanguage(), chunk.length(), Integer::sum);
            }
        }
        int total = weight.values().stream().mapToInt(Integer::intValue).sum();
        var best = weight.entrySet().stream().max(Map.Entry.comparingByValue());
        // A bilingual edition (an authentic English text with a Dutch translation) is searchable in the
        // hemisphere's language it contains, so one of the four wins when it holds a good share of the text.
        var bestKnown = weight.entrySet().stream().filter(e -> KNOWN.contains(e.getKey())).max(Map.Entry.comparingByValue());
        if (bestKnown.isPresent() && bestKnown.get().getValue() >= 0.3 * total) {
            return bestKnown.get().getKey();
        }
        return best.map(e -> normalise(e.getKey())).orElse(OTHER);
    }

    /** Guesses the language of a short string (a heading); null when it cannot tell. */
    public String guessShort(String text) {
        LanguageDetector detector = new OptimaizeLangDetector().loadModels().setShortText(true);
        detector.addText(Titles.mostlyUpper(text) ? text.toLowerCase(java.util.Locale.ROOT) : text);
        LanguageResult result = detector.detect();
        return result.isUnknown() ? null : normalise(result.getLanguage());
    }

    private static String normalise(String code) {
        String base = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return KNOWN.contains(base) ? base : OTHER;
    }

    /** Up to MAX_CHUNKS chunks spread evenly over the text, each cut at a line break. */
    private static List<String> sample(String text) {
        int chunks = Math.max(1, Math.min(MAX_CHUNKS, text.length() / CHUNK));
        int stride = text.length() / chunks;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            int start = i * stride;
            int nl = text.indexOf('\n', start);
            if (i > 0 && nl >= 0 && nl < start + CHUNK / 2) {
                start = nl + 1;
            }
            out.add(text.substring(start, Math.min(text.length(), start + CHUNK)));
        }
        return out;
    }
}
