package org.milex.indexer.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * HTML pages as published by gazettes and legislatures, often browser-saved: the law is there, wrapped in
 * scripts, styles, menus and banners. jsoup drops those, renders one block per line and finds the heading
 * that names the instrument (a page's {@code <title>} is often just "L13445" or the site's name).
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "blockquote",
            "pre", "dd", "dt", "dl", "ul", "ol", "center", "header", "footer", "main", "td", "th", "caption", "hr",
            "address", "figure", "figcaption", "form", "fieldset", "legend", "details", "summary");
    private static final String NOISE = "script, style, noscript, template, nav, iframe, svg, object, embed, button, "
            + "select, input, textarea, link, meta, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=search], [aria-hidden=true], [hidden], "
            // widgets that browser extensions inject into saved pages: overlays and mounted app roots
            + "[style*=position: fixed], [style*=position:fixed], [data-v-app]";
    private static final Pattern BANNER_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|banner|cookies?|skip|toolbar|share|social)([\\s_-]|$)");

    private HtmlText() {
    }

    static ExtractedText extract(String html, String contentType, LanguageGuesser languages) {
        Document doc = Jsoup.parse(html);
        removeNoise(doc);
        String text = BlockText.render(doc.body(), BLOCKS, Set.of());
        String title = title(doc, text);
        String lang = languages.guess(text);
        return new ExtractedText(text, title, contentType, lang, new HashMap<>());
    }

    private static void removeNoise(Document doc) {
        doc.select(NOISE).remove();
        doc.body().select("body > header, body > footer").forEach(e -> {
            if (linkDensity(e) > 0.3 || e.text().length() < 300) {
                e.remove();
            }
        });
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.parent() == null) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (BANNER_CLASS.matcher(marks).find() && (linkDensity(e) > 0.4 || e.text().length() < 120)) {
                e.remove();
            }
        }
        doc.body().select("*").forEach(e -> e.childNodes().stream()
                .filter(n -> n instanceof Comment).toList().forEach(Node::remove));
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return (double) links / all;
    }

    /**
     * The first plausible heading near the top of the text, else a legal header line in the text, else the
     * page title. A heading far down is a section heading or a widget's, not the instrument's name; so is a
     * "Préambule" or a "Titre I : …" at the top, which heads a part.
     */
    private static String title(Document doc, String text) {
        int near = Math.max(3000, text.length() / 10);
        List<String> headings = doc.select("h1, h2, h3").eachText();
        // a part heading among other parts ("Titre I", "Chapitre I", "Titre II"…) heads one part of a larger
        // text; a page that is itself one chapter ("CHAPTER 14—…", then its subchapters) is named by it
        boolean severalParts = headings.stream().filter(Titles::isPartHeading).limit(2).count() > 1;
        for (String h : headings) {
            int at = text.indexOf(h);
            if (Titles.plausible(h) && at >= 0 && at < near && !HeadLines.isBoilerplate(h.strip())
                    && !(severalParts && Titles.isPartHeading(h))) {
                return Titles.tidy(h);
            }
        }
        String header = LegalHeader.find(text);
        if (header != null) {
            return header;
        }
        String pageTitle = Titles.withoutSiteSuffix(doc.title());
        return Titles.plausible(pageTitle) ? Titles.tidy(pageTitle) : null;
    }
}
