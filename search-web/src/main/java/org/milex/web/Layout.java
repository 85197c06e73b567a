package org.milex.web;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every page shares: a skip link, the header with the search box, the navigation and the language
 * switcher, the main region and a footer saying where the data come from. Pages are built with jsoup's element
 * API, which escapes every text and attribute: no user input reaches the page unescaped.
 */
final class Layout {

    /** The data version every page's footer names; set once when the site starts. */
    static volatile String dataVersion = "";

    private Layout() {
    }

    static Document page(String title, Labels labels, String query) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.child(0).attr("lang", labels.code());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · MILEX");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", Headers.versioned("milex.css"));
        for (String lang : Labels.LANGUAGES) {
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", lang).attr("href", labels.switchTo(lang));
        }

        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("id", "skip").attr("href", "#main").text(labels.ui("skip"));
        Element header = body.appendElement("header").addClass("site");
        Element brand = header.appendElement("a").attr("href", "/").addClass("brand");
        brand.appendElement("strong").text("MILEX");
        brand.appendElement("span").text(" " + labels.ui("tagline"));
        Element form = header.appendElement("form").attr("action", "/").attr("method", "get").attr("role", "search");
        form.appendElement("label").addClass("visually-hidden").attr("for", "q").text(labels.ui("searchLabel"));
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q")
                .attr("value", query == null ? "" : query).attr("placeholder", labels.ui("placeholder"));
        form.appendElement("button").attr("type", "submit").text(labels.ui("search"));
        Element nav = header.appendElement("nav").addClass("site-nav").attr("aria-label", labels.ui("navigation"));
        link(nav, "/countries", labels.ui("countries"));
        link(nav, "/trends", labels.ui("trends"));
        link(nav, "/map", labels.ui("map"));
        link(nav, "/compare", labels.ui("compare"));
        link(nav, "/ratifications", labels.ui("ratifications"));
        link(nav, "/help", labels.ui("help"));
        Element languages = header.appendElement("nav").addClass("languages").attr("aria-label", labels.ui("interfaceLanguage"));
        for (String lang : Labels.LANGUAGES) {
            if (lang.equals(labels.code())) {
                languages.appendElement("strong").attr("lang", lang).attr("aria-current", "true").text(Labels.OWN_NAMES.get(lang));
            } else {
                languages.appendElement("a").attr("href", labels.switchTo(lang)).attr("lang", lang).attr("hreflang", lang)
                        .text(Labels.OWN_NAMES.get(lang));
            }
        }
        body.appendElement("main").attr("id", "main").attr("tabindex", "-1");
        Element footer = body.appendElement("footer").addClass("site");
        footer.appendElement("p").text(labels.ui("officialPrevails"));
        Element p = footer.appendElement("p");
        p.appendText(labels.ui("dataVersion") + " " + dataVersion + " · ");
        p.appendElement("a").attr("href", "/help#data").text(labels.ui("aboutData"));
        p.appendText(" · ");
        p.appendElement("a").attr("href", "/help#api").text(labels.ui("api"));
        return doc;
    }

    private static void link(Element nav, String href, String text) {
        nav.appendElement("a").attr("href", href).text(text);
    }

    /** A frame a wide table scrolls in, so that the page itself never scrolls sideways; reachable by keyboard. */
    static Element scroll(Element parent, String label) {
        return parent.appendElement("div").addClass("table-scroll").attr("tabindex", "0").attr("role", "region").attr("aria-label", label);
    }

    /**
     * A table of data in its scrolling region (see {@link #scroll}), its column headings given; returns the body
     * to fill, whose parent is the table.
     */
    static Element table(Element parent, String label, List<String> headings) {
        Element table = scroll(parent, label).appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : headings) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        return table.appendElement("tbody");
    }

    /** Where the skip link leads: the main region, or on a results page the results themselves. */
    static void skipTo(Document doc, String id, String label) {
        doc.getElementById("skip").attr("href", "#" + id).text(label);
    }

    static Element main(Document doc) {
        return doc.getElementById("main");
    }

    /** A definition-list row, left out when there is no value. */
    static void row(Element dl, String label, String value) {
        if (value != null && !value.isBlank()) {
            dl.appendElement("dt").text(label);
            dl.appendElement("dd").text(value);
        }
    }

    static String render(Document doc) {
        return "<!DOCTYPE html>" + doc.child(0).outerHtml();
    }
}
