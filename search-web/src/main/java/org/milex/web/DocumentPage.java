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

/**
 * A document: its metadata, the catalog's facts when it belongs to a record, a table of its articles and
 * its text, with an anchor on every article and section ({@code #art-37}).
 */
final class DocumentPage {

    private DocumentPage() {
    }

    static String render(MilexDocument d, Optional<CatalogRecord> record, List<MilexDocument> texts, Labels labels) {
        Document doc = Layout.page(d.title() == null ? d.id() : d.title(), labels, "");
        Element main = Layout.main(doc).addClass("document");
        main.appendElement("h1").text(d.title() == null ? d.id() : d.title());

        Element dl = main.appendElement("dl").addClass("meta");
        Layout.row(dl, "id", d.id());
        Layout.row(dl, labels.ui("country"), labels.value("country", d.country()));
        Layout.row(dl, labels.ui("type"), labels.value("type", d.type()));
        Layout.row(dl, "Number / Número", d.number());
        Layout.row(dl, labels.ui("year"), d.date() != null ? d.date() : d.year() == null ? null : String.valueOf(d.year()));
        Layout.row(dl, labels.ui("topic"), String.join(", ", d.topics().stream().map(t -> labels.value("topic", t)).toList()));
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
        if (isText) {
            if (!headings.isEmpty()) {
                Element toc = main.appendElement("details").addClass("toc");
                toc.appendElement("summary").text(labels.ui("articles") + " (" + headings.size() + ")");
                Element ul = toc.appendElement("ul");
                for (Articles.Heading h : headings) {
                    ul.appendElement("li").appendElement("a").attr("href", "#" + h.anchor()).text(h.label());
                }
            }
            main.appendElement("h2").text(labels.ui("fulltext"));
            main.appendElement("div").addClass("text").attr("lang", d.language()).append(textHtml(text, headings));
        }
        return Layout.render(doc);
    }

    /**
     * The text, one paragraph per line, with an id on each article's paragraph. Built as a string, escaped
     * character by character: a 500-page code has tens of thousands of paragraphs.
     */
    static String textHtml(String text, List<Articles.Heading> headings) {
        Map<Integer, List<String>> anchorsAt = new HashMap<>();
        for (Articles.Heading h : headings) {
            anchorsAt.computeIfAbsent(h.offset(), k -> new java.util.ArrayList<>()).add(h.anchor());
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
                    html.append("<a class=\"pilcrow\" href=\"#").append(ids.get(ids.size() - 1)).append("\" aria-label=\"link\">¶</a> ");
                }
                HtmlEscape.append(html, text, contentStart, end);
                html.append("</p>\n");
            }
            start = end + 1;
        }
        return html.toString();
    }
}
