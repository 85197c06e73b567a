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
        Census c = Census.of(text);
        // Tables of figures (airport zoning coordinates, tariff schedules) are real texts: only characters
        // no text is made of, or Latin-script "words" without vowels, mark a broken text layer.
        if (c.junk > 0.02 * c.visible || c.latin >= 0.8 * c.letters && wordShare(text) < 0.5) {
            return Optional.of(UNREADABLE);
        }
        return Optional.empty();
    }

    static final String UNREADABLE = "text layer unreadable: extracted characters do not form words (fonts without Unicode mapping?)";

    /**
     * Character classes over (a sample of) the text. Junk is what no real text is made of: replacement
     * characters, private-use and unassigned code points, control characters.
     */
    private record Census(long visible, long letters, long latin, long junk) {
        static Census of(String text) {
            long visible = 0, letters = 0, latin = 0, junk = 0;
            int limit = Math.min(text.length(), 400_000);
            for (int i = 0; i < limit; ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                visible++;
                int type = Character.getType(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                        latin++;
                    }
                } else if (cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.CONTROL) {
                    junk++;
                }
            }
            return new Census(visible, letters, latin, junk);
        }
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
            if (t.length() <= 25 && t.matches("[\\p{L}][\\p{L}\\p{M}'’\\-.]*") && hasVowel(t)) {
                wordy++;
            }
        }
        return sampled == 0 ? 0 : (double) wordy / sampled;
    }

    private static boolean hasVowel(String token) {
        String base = java.text.Normalizer.normalize(token.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD);
        return token.length() <= 2 || base.matches("(?s).*[aeiouyæœøıw].*");
    }

    private static String shortType(String contentType) {
        return contentType.equals("application/pdf") ? "PDF" : contentType;
    }
}
