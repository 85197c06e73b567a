package org.milex.indexer.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a text laid out one block per line: division headings ("CAPÍTULO III", "PART 2 Refugee
 * Protection"), an article's own heading ("Artículo 12.- Derecho a la salud."), lines in capitals, and short
 * title-like lines followed by a new block (marginal notes, Markdown and HTML headings). A topic that has a
 * heading of its own is one the document gives a part to, not one it mentions in passing.
 */
public final class Headings {

    private static final Pattern DIVISION = Pattern.compile(
            "(?iu)^(t[ií]tulo|cap[ií]tulo|secci[oó]n|parte|libro|title|chapter|part|division|subdivision|titre|chapitre|"
                    + "section|sous-section|se[cç][aã]o|subse[cç][aã]o|livro|sub-part)\\b");
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu)^(art[ií]culo|artigo|article|art\\.|section|sec\\.|§)\\s*\\d+[a-z]?\\s*[º°o]?\\s*[.\\-–—:]*\\s*");
    private static final int MAX_LINE = 160;

    private Headings() {
    }

    public static List<String> of(String text) {
        String[] lines = text.split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.length() > MAX_LINE) {
                continue;
            }
            int words = words(line);
            String next = next(lines, i);
            if (DIVISION.matcher(line).find()) {
                out.add(line);
                // "CAPÍTULO III" alone: its name is the next line
                if (words <= 3 && !next.isEmpty() && words(next) <= 12) {
                    out.add(next);
                }
                continue;
            }
            Matcher article = ARTICLE.matcher(line);
            if (article.find()) {
                String rest = line.substring(article.end());
                int stop = rest.indexOf(". ");
                if (stop > 0 && words(rest.substring(0, stop)) <= 8) {
                    out.add(rest.substring(0, stop));
                }
                continue;
            }
            if (words >= 2 && words <= 15 && capitals(line) && !line.endsWith(".")) {
                out.add(line);
                continue;
            }
            if (words <= 8 && Character.isUpperCase(line.charAt(0)) && ".,;:".indexOf(line.charAt(line.length() - 1)) < 0
                    && !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)) || next.charAt(0) == '(')) {
                out.add(line);
            }
        }
        return out;
    }

    private static String next(String[] lines, int i) {
        for (int j = i + 1; j < Math.min(lines.length, i + 3); j++) {
            String s = lines[j].strip();
            if (!s.isEmpty()) {
                return s;
            }
        }
        return "";
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static boolean capitals(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long upper = s.codePoints().filter(Character::isUpperCase).count();
        return letters > 0 && upper >= 0.8 * letters;
    }
}
