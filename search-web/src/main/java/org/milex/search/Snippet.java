package org.milex.search;

import org.milex.indexer.extract.Articles;

/**
 * A highlighted passage of a hit: HTML-escaped text with {@code <mark>} around the matches, where the
 * passage starts in the document's text, and the article it falls in (anchor and label), when known.
 */
public record Snippet(String html, int offset, String anchor, String article) {

    public Snippet withArticle(Articles.Heading h) {
        return h == null ? this : new Snippet(html, offset, h.anchor(), h.label());
    }

    public Snippet withAnchor(String anchor, String label) {
        return new Snippet(html, offset, anchor, label);
    }
}
