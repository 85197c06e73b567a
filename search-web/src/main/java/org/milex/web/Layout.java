package org.milex.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every page shares (head, header with the search box, footer). Pages are built with jsoup's
 * element API, which escapes every text and attribute: no user input reaches the page unescaped.
 */
final class Layout {

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
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/public/milex.css");

        Element header = doc.body().appendElement("header").addClass("site");
        Element brand = header.appendElement("a").attr("href", "/").addClass("brand");
        brand.appendElement("strong").text("MILEX");
        brand.appendElement("span").text(" " + labels.ui("tagline"));
        Element form = header.appendElement("form").attr("action", "/").attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q")
                .attr("value", query == null ? "" : query).attr("placeholder", labels.ui("placeholder"))
                .attr("aria-label", labels.ui("search"));
        form.appendElement("button").attr("type", "submit").text(labels.ui("search"));
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "/countries").text(labels.ui("countries"));
        nav.appendElement("a").attr("href", "/trends").text(labels.ui("trends"));
        nav.appendElement("a").attr("href", "/map").text(labels.ui("map"));
        nav.appendElement("a").attr("href", "/ratifications").text(labels.ui("ratifications"));
        nav.appendElement("a").attr("href", "/api/search?q=").text(labels.ui("api"));
        Element languages = header.appendElement("nav").addClass("languages").attr("aria-label", labels.ui("interfaceLanguage"));
        for (String lang : Labels.LANGUAGES) {
            if (lang.equals(labels.code())) {
                languages.appendElement("strong").attr("lang", lang).attr("aria-current", "true").text(Labels.OWN_NAMES.get(lang));
            } else {
                languages.appendElement("a").attr("href", labels.switchTo(lang)).attr("lang", lang).attr("hreflang", lang)
                        .text(Labels.OWN_NAMES.get(lang));
            }
        }
        doc.body().appendElement("main").attr("id", "main");
        return doc;
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
