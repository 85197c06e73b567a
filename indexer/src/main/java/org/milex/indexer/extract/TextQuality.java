package org.milex.indexer.extract;

import java.util.Optional;

/**
 * Says why an extracted text is not worth indexing: nothing there (a scan without a text layer) or junk
 * (a PDF whose fonts lack a Unicode map yields symbol soup). Indexing either silently would put documents
 * in the index that no query can find.
 */
final class TextQuality {

    /** Fewer letters than this over the whole file is no text at all. */
    static final int MIN_LETTERS = 40;

    private TextQuality() {
    }

    static Optional<String> problem(String text, String contentType) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            boolean image = contentType.equals("application/pdf") || contentType.startsWith("image/");
            return Optional.of(image
                    ? "no extractable text: scanned or image-only " + shortType(contentType) + " (needs OCR)"
                    : "no extractable text");
        }
        if (wordShare(text) < 0.5) {
            return Optional.of("text layer unreadable: extracted characters do not form words (fonts without Unicode mapping?)");
        }
        return Optional.empty();
    }

    /**
     * Share of tokens that look like words of a Latin-script language: letters only (an apostrophe or
     * hyphen allowed), at least one vowel, not absurdly long. Garbled PDF text fails this massively.
     */
    static double wordShare(String text) {
        int sampled = 0;
        int wordy = 0;
        int step = Math.max(1, text.length() / 200_000);
        String[] tokens = text.split("\\s+");
        for (int i = 0; i < tokens.length; i += step) {
            String t = tokens[i].replaceAll("^[\\p{Punct}«»“”‘’¿¡]+|[\\p{Punct}«»“”‘’]+$", "");
            if (t.isEmpty() || t.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            sampled++;
            if (t.length() <= 25 && t.matches("[\\p{L}][\\p{L}'’\\-.]*") && hasVowel(t)) {
                wordy++;
            }
        }
        return sampled == 0 ? 0 : (double) wordy / sampled;
    }

    private static boolean hasVowel(String token) {
        return token.toLowerCase().matches(".*[aeiouyáéíóúàèìòùâêîôûãõäëïöüœæ].*") || token.length() <= 2;
    }

    private static String shortType(String contentType) {
        return contentType.equals("application/pdf") ? "PDF" : contentType;
    }
}
