package org.milex.web;

import org.jsoup.nodes.Element;

/** Pieces of the pages' forms, written once. */
final class Forms {

    private Forms() {
    }

    /** An option of a select, chosen when the request chose it, so that the form shows the search it made. */
    static void option(Element select, String value, String text, boolean selected) {
        Element o = select.appendElement("option").attr("value", value).text(text);
        if (selected) {
            o.attr("selected", "");
        }
    }
}
