package org.milex.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.extract.Articles;
import org.milex.search.HtmlEscape;
import org.milex.search.TermMarks;

/**
 * A document: its metadata, the catalog's facts when it belongs to a record, a table of its articles and
 * its text, with an anchor on every article and section ({@code #art-37}).
 */
final class DocumentPage {

    private DocumentPage() {
    }

    static String render(MilexDocument d, Optional<CatalogRecord> record, List<MilexDocument> texts, List<MilexDocument> versions,
                         String query, TermMarks marks, Labels labels) {
        Document doc = Layout.page(d.title() == null ? d.id() : d.title(), labels, query);
        Element main = Layout.main(doc).addClass("document");
        main.appendElement("h1").text(d.title() == null ? d.id() : d.title());

        Element dl = main.appendElement("dl").addClass("meta");
        Layout.row(dl, "id", d.id());
        Layout.row(dl, labels.ui("country"), labels.value("country", d.country()));
        Layout.row(dl, labels.ui("type"), labels.value("type", d.type()));
        Layout.row(dl, "Number / Número", d.number());
        Layout.row(dl, labels.ui("year"), d.date() != null ? d.date() : d.year() == null ? null : String.valueOf(d.year()));
        Layout.row(dl, labels.ui("topic"), String.join(", ", d.topics().stream().map(t -> labels.value("topic", t)).toList()));
        Layout.row(dl, labels.ui("status"), d.status() == null ? null : labels.value("status", d.status())
                + (d.currentTo() == null ? "" : "; " + labels.ui("currentTo", d.currentTo())));
        Layout.row(dl, labels.ui("language"), labels.value("language", d.language()));
        Layout.row(dl, "source", d.source());
        Layout.row(dl, "format", d.contentType());

        String text = d.text();
        boolean isText = MilexDocument.TEXT.equals(d.kind());
        List<Articles.Heading> headings = isText ? d.articles() : List.of();
        Set<String> anchors = new HashSet<>();
        headings.forEach(h -> anchors.add(h.anchor()));

        if (record.isPresent()) {
            Element box = main.appendElement("section").addClass("catalog").attr("id", "catalog");
            box.appendElement("h2").text(labels.ui("catalog"));
            CatalogView.facts(box, record.get(), labels, anchors, d.id());
        }
        if (!texts.isEmpty()) {
            Element box = main.appendElement("section").addClass("texts");
            box.appendElement("h2").text(labels.ui("fulltext"));
            Element ul = box.appendElement("ul");
            for (MilexDocument t : texts) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", "/documents/" + QueryString.enc(t.id())).text(t.title());
                li.appendText(" (" + labels.value("language", t.language()) + ", " + t.source() + ")");
            }
        }
        List<MilexDocument> others = versions.stream().filter(v -> !v.id().equals(d.id()) && MilexDocument.TEXT.equals(v.kind())).toList();
        if (!others.isEmpty()) {
            Element box = main.appendElement("section").addClass("versions");
            box.appendElement("h2").text(labels.ui("versions"));
            Element ul = box.appendElement("ul");
            for (MilexDocument v : others) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", "/documents/" + QueryString.enc(v.id()) + (query == null || query.isBlank() ? "" : "?q=" + QueryString.enc(query)))
                        .text(v.title() == null ? v.id() : v.title());
                li.appendText(" (" + String.join(", ", java.util.stream.Stream.of(labels.value("language", v.language()),
                        v.currentTo() == null ? null : labels.ui("currentTo", v.currentTo()), v.source())
                        .filter(x -> x != null && !x.isBlank()).toList()) + ")");
            }
        }
        if (isText) {
            if (!headings.isEmpty()) {
                // each article once: its paragraphs and subsections have anchors, not lines of their own here
                List<Articles.Heading> articles = headings.stream().filter(h -> h.level() == 0).toList();
                Element toc = main.appendElement("details").addClass("toc");
                toc.appendElement("summary").text(labels.ui("articles") + " (" + articles.size() + ")");
                Element ul = toc.appendElement("ul");
                for (Articles.Heading h : articles) {
                    ul.appendElement("li").appendElement("a").attr("href", "#" + h.anchor()).text(h.label());
                }
            }
            main.appendElement("h2").text(labels.ui("fulltext"));
            int[] count = {0};
            String body = textHtml(text, headings, marks, count);
            if (count[0] > 0) {
                // the matches of the search the reader came from; document.js steps through them
                Element bar = main.appendElement("nav").addClass("matches").attr("aria-label", labels.ui("matches"));
                bar.appendElement("span").attr("role", "status").text(labels.ui("matchCount", count[0], query));
                bar.appendElement("a").attr("href", "#m-1").attr("data-step", "first").text(labels.ui("firstMatch"));
                bar.appendElement("button").attr("type", "button").attr("data-step", "-1").attr("hidden", "").text(labels.ui("previousMatch"));
                bar.appendElement("button").attr("type", "button").attr("data-step", "1").attr("hidden", "").text(labels.ui("nextMatch"));
                doc.body().appendElement("script").attr("src", "/public/document.js").attr("defer", "");
            }
            main.appendElement("div").addClass("text").attr("lang", d.language()).append(body);
        }
        return Layout.render(doc);
    }

    /**
     * The text, one paragraph per line, with an id on each article's paragraph. Built as a string, escaped
     * character by character: a 500-page code has tens of thousands of paragraphs.
     */
    static String textHtml(String text, List<Articles.Heading> headings) {
        return textHtml(text, headings, null, new int[1]);
    }

    /** The same, with the words a search matched marked {@code <mark id="m-N">}; {@code count[0]} receives N. */
    static String textHtml(String text, List<Articles.Heading> headings, TermMarks marks, int[] count) {
        Map<Integer, List<String>> anchorsAt = new HashMap<>();
        for (Articles.Heading h : headings) {
            anchorsAt.computeIfAbsent(h.offset(), k -> new java.util.ArrayList<>()).add(h.anchor());
        }
        // the spellings earlier versions gave an anchor ("#art-1o") stay valid links to the same place
        Set<String> taken = new HashSet<>();
        headings.forEach(h -> taken.add(h.anchor()));
        Map<Integer, List<String>> aliasesAt = new HashMap<>();
        for (Articles.Heading h : headings) {
            if (h.alias() != null && !h.alias().isEmpty() && taken.add(h.alias())) {
                aliasesAt.computeIfAbsent(h.offset(), k -> new java.util.ArrayList<>()).add(h.alias());
            }
        }
        StringBuilder html = new StringBuilder(text.length() + text.length() / 5);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentStart = start;
            while (contentStart < end && Character.isWhitespace(text.charAt(contentStart))) {
                contentStart++;
            }
            if (contentStart < end) {
                List<String> ids = anchorsAt.get(contentStart);
                if (ids == null) {
                    html.append("<p>");
                } else {
                    html.append("<p class=\"article\" id=\"").append(ids.get(0)).append("\">");
                    for (String extra : ids.subList(1, ids.size())) {
                        html.append("<a class=\"anchor\" id=\"").append(extra).append("\"></a>");
                    }
                    for (String alias : aliasesAt.getOrDefault(contentStart, List.of())) {
                        html.append("<a class=\"anchor\" id=\"").append(alias).append("\"></a>");
                    }
                    html.append("<a class=\"pilcrow\" href=\"#").append(ids.get(ids.size() - 1)).append("\" aria-label=\"link\">¶</a> ");
                }
                int pos = contentStart;
                if (marks != null && !marks.isEmpty()) {
                    for (TermMarks.Span span : marks.spans(text, contentStart, end)) {
                        HtmlEscape.append(html, text, pos, span.start());
                        html.append("<mark id=\"m-").append(++count[0]).append("\">");
                        HtmlEscape.append(html, text, span.start(), span.end());
                        html.append("</mark>");
                        pos = span.end();
                    }
                }
                HtmlEscape.append(html, text, pos, end);
                html.append("</p>\n");
            }
            start = end + 1;
        }
        return html.toString();
    }
}
