package org.milex.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An error, in the user's language, saying what to do: a search that cannot be run (400), a page or document
 * that does not exist (404), or a failure of the server (500). The precise reason follows, as the server
 * states it.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(int status, String reason, String query, Labels labels) {
        String title = switch (status) {
            case 404 -> labels.ui("notFound");
            case 400 -> labels.ui("error");
            case 503 -> labels.ui("unavailable");
            default -> labels.ui("serverError");
        };
        Document doc = Layout.page(title, labels, query == null ? "" : query);
        Element main = Layout.main(doc).addClass("error-page");
        main.appendElement("h1").text(title);
        Element box = main.appendElement("div").addClass("error").attr("role", "alert");
        box.appendElement("p").text(switch (status) {
            case 404 -> labels.ui("notFoundWhat");
            case 400 -> labels.ui("errorWhat");
            case 503 -> labels.ui("unavailableWhat");
            default -> labels.ui("serverErrorWhat");
        });
        if (reason != null && !reason.isBlank()) {
            // the server's own words, which are English
            box.appendElement("p").addClass("reason").attr("lang", "en").text(reason);
        }
        Element p = main.appendElement("p");
        p.appendElement("a").attr("href", "/").text(labels.ui("home"));
        p.appendText(" · ");
        p.appendElement("a").attr("href", "/help#syntax").text(labels.ui("syntaxHelp"));
        return Layout.render(doc);
    }
}
