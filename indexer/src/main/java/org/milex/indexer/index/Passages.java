package org.milex.indexer.index;

import java.util.ArrayList;
import java.util.List;
import org.milex.indexer.extract.Articles;

/**
 * Cuts a text into the passages that are searched for snippets and landing: one per article or section (the
 * text before the first is the preamble, without an anchor), long ones cut at line breaks into pieces of at
 * most {@link #MAX_CHARS}, so that what a hit's snippet is drawn from is bounded whatever the length of the
 * code it belongs to. A text without articles is cut into pieces the same way.
 */
public final class Passages {

    /** A passage: where it starts in the text, the article it belongs to (anchor and label, or null), its text. */
    public record Passage(int offset, String anchor, String label, String text) {
    }

    static final int MAX_CHARS = 6000;
    private static final int MIN_CHARS = 20;

    private Passages() {
    }

    public static List<Passage> of(String text, List<Articles.Heading> headings) {
        List<Passage> out = new ArrayList<>();
        List<Articles.Heading> articles = headings.stream().filter(h -> h.level() == 0).toList();
        int start = 0;
        String anchor = null;
        String label = null;
        for (Articles.Heading h : articles) {
            if (h.offset() > start) {
                add(out, text, start, h.offset(), anchor, label);
            }
            start = h.offset();
            anchor = h.anchor();
            label = h.label();
        }
        add(out, text, start, text.length(), anchor, label);
        return out;
    }

    private static void add(List<Passage> out, String text, int from, int to, String anchor, String label) {
        int start = from;
        while (start < to) {
            int end = Math.min(to, start + MAX_CHARS);
            if (end < to) {
                int nl = text.lastIndexOf('\n', end);
                if (nl > start + MAX_CHARS / 2) {
                    end = nl + 1;
                }
            }
            String piece = text.substring(start, end);
            if (piece.strip().length() >= MIN_CHARS || anchor != null) {
                out.add(new Passage(start, anchor, label, piece));
            }
            start = end;
        }
    }
}
