package org.milex.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.extract.Articles;
import org.milex.indexer.index.MilexDocument;
import org.milex.search.HtmlEscape;
import org.milex.search.TermMarks;

/**
 * A document as a lawyer checks it (after legislation.gov.uk, EUR-Lex and CanLII): title, number, country and
 * type; status and currency in plain words; the official source, the original file and a citation to copy;
 * the document's and the catalog's facts merged, once; relations by title; the table of contents beside the
 * text, an anchor on every article with links to the previous and next; the search's matches marked; a print
 * layout; and schema.org Legislation markup for search engines and citation tools.
 */
final class DocumentPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the page shows besides the version itself. */
    record Context(Optional<CatalogRecord> record, List<MilexDocument> texts, List<MilexDocument> versions, boolean hasOriginal,
                   String query, TermMarks marks, Catalog catalog, String url) {
    }

    private DocumentPage() {
    }

    static String render(MilexDocument d, Context c, Labels labels) {
        CatalogRecord r = c.record().orElse(null);
        String title = title(d, r, labels);
        Document doc = Layout.page(title, labels, c.query());
        Element main = Layout.main(doc).addClass("document");
        boolean isText = MilexDocument.TEXT.equals(d.kind());
        String textLang = SearchPage.lang(d.language());

        Element header = main.appendElement("header").addClass("doc-head");
        header.appendElement("p").addClass("kicker").text(labels.value("country", d.country()) + " · " + labels.value("type", d.type()));
        header.appendElement("h1").attr("lang", isText ? textLang : r != null && r.languagesOrEmpty().size() == 1 ? r.languagesOrEmpty().get(0) : "")
                .text(title);
        String number = r != null && r.number() != null ? r.number() : d.number();
        String adopted = r != null && r.adopted() != null ? r.adopted() : d.date() != null ? d.date() : d.year() == null ? null : String.valueOf(d.year());
        if (number != null || adopted != null) {
            header.appendElement("p").addClass("subtitle").text(String.join(" · ", Stream.of(number, adopted).filter(x -> x != null).toList()));
        }
        String status = r != null && r.status() != null ? r.status() : d.status();
        Element line = header.appendElement("p").addClass("status-line");
        if (status != null) {
            line.appendElement("span").addClass("status").addClass("status-" + status).text(labels.value("status", status));
        }
        if (d.currentTo() != null) {
            line.appendElement("span").addClass("current").text(labels.ui("currentTo", d.currentTo()));
        }
        if (r != null && r.statusChecked() != null) {
            line.appendElement("span").addClass("checked").text(labels.ui("statusChecked", r.statusChecked()));
        }
        actions(header, d, r, c, title, number, adopted, labels);
        facts(main, d, r, c, labels);
        if (r != null) {
            recordText(main, r, labels, anchors(d));
        }
        versions(main, d, c, labels);
        if (isText) {
            body(main, doc, d, c, labels);
        }
        doc.head().appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(jsonLd(d, r, title, number, adopted, status, c)));
        doc.body().appendElement("script").attr("src", Headers.versioned("document.js")).attr("defer", "");
        return Layout.render(doc);
    }

    /** The title in the interface's language where the instrument has an authentic one in it, else the text's own. */
    static String title(MilexDocument d, CatalogRecord r, Labels labels) {
        if (MilexDocument.TEXT.equals(d.kind()) && d.title() != null) {
            return d.title();
        }
        if (r != null) {
            if (r.titles() != null && r.titles().get(labels.code()) != null) {
                return r.titles().get(labels.code());
            }
            return r.title();
        }
        return d.title() == null ? labels.ui("untitled") : d.title();
    }

    private static void actions(Element header, MilexDocument d, CatalogRecord r, Context c, String title, String number, String adopted,
                                Labels labels) {
        Element ul = header.appendElement("ul").addClass("actions");
        if (r != null && r.sourceUrl() != null) {
            ul.appendElement("li").appendElement("a").attr("href", r.sourceUrl()).attr("rel", "external noopener").text(labels.ui("officialSource"));
        }
        if (c.hasOriginal()) {
            ul.appendElement("li").appendElement("a").attr("href", "/documents/" + QueryString.enc(d.id()) + "/original").attr("download", "")
                    .text(labels.ui("downloadOriginal", SearchPage.formatName(Api.format(d.kind(), d.contentType()), labels)));
        }
        ul.appendElement("li").appendElement("button").attr("type", "button").attr("data-print", "").attr("hidden", "").text(labels.ui("print"));
        Element cite = header.appendElement("div").addClass("cite");
        cite.appendElement("label").attr("for", "citation").text(labels.ui("citeAs"));
        String citation = citation(title, number, adopted, labels.value("country", d.country()), c.url());
        cite.appendElement("input").attr("id", "citation").attr("readonly", "").attr("value", citation).attr("size", "60");
        cite.appendElement("button").attr("type", "button").attr("data-copy", "citation").attr("hidden", "").text(labels.ui("copy"));
    }

    static String citation(String title, String number, String adopted, String country, String url) {
        // a number that already holds the title ("Ley General de Población (DOF 07-01-1974)") stands for both
        StringBuilder s = new StringBuilder(number != null && number.contains(title) ? number : title);
        if (number != null && !title.contains(number) && !number.contains(title)) {
            s.append(", ").append(number);
        }
        s.append(" (").append(country);
        if (adopted != null) {
            s.append(", ").append(adopted, 0, Math.min(4, adopted.length()));
        }
        s.append("). MILEX, ").append(url);
        return s.toString();
    }

    /** The facts of the version and of its catalog record, merged: the record's where it has them, once. */
    private static void facts(Element main, MilexDocument d, CatalogRecord r, Context c, Labels labels) {
        Element section = main.appendElement("section").addClass("facts").attr("aria-labelledby", "facts-h");
        section.appendElement("h2").attr("id", "facts-h").text(labels.ui("facts"));
        Element dl = section.appendElement("dl").addClass("facts");
        Layout.row(dl, labels.ui("country"), labels.value("country", d.country()));
        Layout.row(dl, labels.ui("type"), labels.value("type", d.type()));
        List<String> topics = r != null && !r.topicsOrEmpty().isEmpty() ? r.topicsOrEmpty() : d.topics();
        Layout.row(dl, labels.ui("topic"), String.join(", ", topics.stream().map(t -> labels.value("topic", t)).toList()));
        if (r != null) {
            if (r.titleEn() != null && !r.titleEn().equals(r.title()) && !labels.code().equals("es")) {
                Layout.row(dl, labels.ui("englishTitle"), r.titleEn());
            }
            Layout.row(dl, labels.ui("adopted"), r.adopted());
            Layout.row(dl, labels.ui("published"), r.published() == null ? r.gazette() : r.gazette() == null ? r.published() : r.published() + " — " + r.gazette());
            Layout.row(dl, labels.ui("inForceFrom"), r.inForce());
            Layout.row(dl, labels.ui("officialLanguages"), String.join(", ", r.languagesOrEmpty().stream().map(l -> labels.value("language", l)).toList()));
            for (String kind : CatalogRecord.RELATIONS) {
                List<String> ids = r.relationsOrEmpty().get(kind);
                if (ids == null || ids.isEmpty()) {
                    continue;
                }
                dl.appendElement("dt").text(labels.ui("rel:" + kind));
                Element dd = dl.appendElement("dd");
                Element ul = dd.appendElement("ul").addClass("relations");
                for (String id : ids) {
                    String t = c.catalog().record(id).map(x -> x.title() + (x.number() == null ? "" : " (" + x.number() + ")")).orElse(id);
                    ul.appendElement("li").appendElement("a").attr("href", "/documents/" + QueryString.enc(id)).text(t);
                }
            }
        } else {
            Layout.row(dl, labels.ui("year"), d.date() != null ? d.date() : d.year() == null ? null : String.valueOf(d.year()));
        }
        if (MilexDocument.TEXT.equals(d.kind())) {
            Layout.row(dl, labels.ui("thisVersion"), String.join(" · ", Stream.of(labels.value("language", d.language()),
                    SearchPage.formatName(Api.format(d.kind(), d.contentType()), labels),
                    d.currentTo() == null ? null : labels.ui("currentTo", d.currentTo())).filter(x -> x != null && !x.isBlank()).toList()));
            if (r == null) {
                dl.appendElement("dt").text(labels.ui("classified"));
                dl.appendElement("dd").text(labels.ui("classifiedWhat"));
            }
        }
    }

    /** The record's own words: its summary in the interface's language where it has one, key articles, note, sources. */
    private static void recordText(Element main, CatalogRecord r, Labels labels, Set<String> anchors) {
        String summary = switch (labels.code()) {
            case "es" -> r.summaryEs();
            case "pt" -> r.summaryPt();
            case "fr" -> r.summaryFr();
            default -> r.summaryEn();
        };
        String lang = labels.code();
        if (summary == null) {
            summary = r.summaryEn() != null ? r.summaryEn() : r.summaryEs();
            lang = r.summaryEn() != null ? "en" : "es";
        }
        Element section = main.appendElement("section").addClass("catalog").attr("id", "catalog").attr("aria-labelledby", "summary-h");
        section.appendElement("h2").attr("id", "summary-h").text(labels.ui("summary"));
        if (summary != null) {
            section.appendElement("p").addClass("summary").attr("lang", lang).text(summary);
        }
        if (!r.keyArticlesOrEmpty().isEmpty()) {
            section.appendElement("h3").text(labels.ui("keyArticles"));
            Element ul = section.appendElement("ul").addClass("key-articles");
            for (CatalogRecord.KeyArticle a : r.keyArticlesOrEmpty()) {
                Element li = ul.appendElement("li");
                String anchor = "art-" + a.article().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                if (anchors.contains(anchor)) {
                    li.appendElement("a").attr("href", "#" + anchor).text(a.article());
                } else {
                    li.appendElement("strong").text(a.article());
                }
                li.appendText(" — ");
                li.appendElement("span").attr("lang", "en").text(a.gist());
            }
        }
        if (r.note() != null && !r.note().isBlank()) {
            section.appendElement("h3").text(labels.ui("note"));
            section.appendElement("p").addClass("note").attr("lang", "en").text(r.note());
        }
        if (r.checked() != null && !r.checked().isEmpty()) {
            Element details = section.appendElement("details").addClass("checked");
            details.appendElement("summary").text(labels.ui("factsChecked", r.checked().size()));
            Element ul = details.appendElement("ul");
            for (CatalogRecord.Check check : r.checked()) {
                Element li = ul.appendElement("li");
                if (check.url().startsWith("http")) {
                    li.appendElement("a").attr("href", check.url()).attr("rel", "external noopener").text(host(check.url()));
                }
                li.appendText(" — ");
                li.appendElement("span").attr("lang", "en").text(check.facts());
            }
        }
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static void versions(Element main, MilexDocument d, Context c, Labels labels) {
        List<MilexDocument> others = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(d.id()));
        for (MilexDocument v : Stream.concat(c.versions().stream(), c.texts().stream()).toList()) {
            if (MilexDocument.TEXT.equals(v.kind()) && seen.add(v.id())) {
                others.add(v);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        Element box = main.appendElement("section").addClass("versions").attr("aria-labelledby", "versions-h");
        box.appendElement("h2").attr("id", "versions-h").text(MilexDocument.RECORD.equals(d.kind()) ? labels.ui("fulltext") : labels.ui("versions"));
        Element ul = box.appendElement("ul");
        for (MilexDocument v : others) {
            Element li = ul.appendElement("li");
            li.appendElement("a").attr("href", Api.url(v.id(), c.query(), null)).attr("lang", SearchPage.lang(v.language()))
                    .text(v.title() == null ? labels.ui("untitled") : v.title());
            li.appendText(" (" + String.join(" · ", Stream.of(labels.value("language", v.language()),
                    SearchPage.formatName(Api.format(v.kind(), v.contentType()), labels),
                    v.currentTo() == null ? null : labels.ui("currentTo", v.currentTo())).filter(x -> x != null && !x.isBlank()).toList()) + ")");
        }
    }

    private static Set<String> anchors(MilexDocument d) {
        Set<String> out = new HashSet<>();
        d.articles().forEach(h -> out.add(h.anchor()));
        return out;
    }

    /** The contents beside the text, and the text with the search's matches marked. */
    private static void body(Element main, Document doc, MilexDocument d, Context c, Labels labels) {
        List<Articles.Heading> headings = d.articles();
        List<Articles.Heading> articles = headings.stream().filter(h -> h.level() == 0).toList();
        Element layout = main.appendElement("div").addClass("doc-body");
        if (!articles.isEmpty()) {
            // each article once: its paragraphs and subsections have anchors, not lines of their own here
            Element toc = layout.appendElement("nav").addClass("toc").attr("aria-labelledby", "toc-h");
            Element details = toc.appendElement("details").attr("open", "");
            details.appendElement("summary").attr("id", "toc-h").text(labels.ui("articles") + " (" + articles.size() + ")");
            Element ul = details.appendElement("ul");
            for (Articles.Heading h : articles) {
                ul.appendElement("li").appendElement("a").attr("href", "#" + h.anchor()).text(h.label());
            }
        }
        Element textBox = layout.appendElement("div").addClass("text-column");
        textBox.appendElement("h2").text(labels.ui("fulltext"));
        int[] count = {0};
        String body = textHtml(d.text(), headings, c.marks(), count, labels);
        if (count[0] > 0) {
            // the matches of the search the reader came from; document.js steps through them
            Element bar = textBox.appendElement("nav").addClass("matches").attr("aria-label", labels.ui("matches"));
            bar.appendElement("span").attr("role", "status").text(labels.ui("matchCount", count[0], c.query()));
            bar.appendElement("a").attr("href", "#m-1").attr("data-step", "first").text(labels.ui("firstMatch"));
            bar.appendElement("button").attr("type", "button").attr("data-step", "-1").attr("hidden", "").text(labels.ui("previousMatch"));
            bar.appendElement("button").attr("type", "button").attr("data-step", "1").attr("hidden", "").text(labels.ui("nextMatch"));
        }
        textBox.appendElement("div").addClass("text").attr("lang", SearchPage.lang(d.language())).append(body);
    }

    /**
     * The text, one paragraph per line, with an id on each article's paragraph. Built as a string, escaped
     * character by character: a 500-page code has tens of thousands of paragraphs.
     */
    static String textHtml(String text, List<Articles.Heading> headings) {
        return textHtml(text, headings, null, new int[1], null);
    }

    /**
     * The same, with the words a search matched marked {@code <mark id="m-N">} ({@code count[0]} receives N), and,
     * when labels are given, links to the previous and next article beside each article's heading.
     */
    static String textHtml(String text, List<Articles.Heading> headings, TermMarks marks, int[] count, Labels labels) {
        Map<Integer, List<String>> anchorsAt = new HashMap<>();
        for (Articles.Heading h : headings) {
            anchorsAt.computeIfAbsent(h.offset(), k -> new ArrayList<>()).add(h.anchor());
        }
        // the spellings earlier versions gave an anchor ("#art-1o") stay valid links to the same place
        Set<String> taken = new HashSet<>();
        headings.forEach(h -> taken.add(h.anchor()));
        Map<Integer, List<String>> aliasesAt = new HashMap<>();
        for (Articles.Heading h : headings) {
            if (h.alias() != null && !h.alias().isEmpty() && taken.add(h.alias())) {
                aliasesAt.computeIfAbsent(h.offset(), k -> new ArrayList<>()).add(h.alias());
            }
        }
        Map<Integer, String[]> neighbours = new LinkedHashMap<>();
        List<Articles.Heading> articles = headings.stream().filter(h -> h.level() == 0).toList();
        for (int i = 0; i < articles.size(); i++) {
            neighbours.put(articles.get(i).offset(), new String[] {
                i > 0 ? articles.get(i - 1).anchor() : null, i + 1 < articles.size() ? articles.get(i + 1).anchor() : null});
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
                    html.append("<a class=\"pilcrow\" href=\"#").append(ids.get(ids.size() - 1)).append("\" aria-label=\"")
                            .append(labels == null ? "link" : labels.ui("linkHere")).append("\">¶</a> ");
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
                String[] around = labels == null ? null : neighbours.get(contentStart);
                if (around != null) {
                    html.append(" <span class=\"artnav\">");
                    if (around[0] != null) {
                        html.append("<a href=\"#").append(around[0]).append("\" aria-label=\"").append(labels.ui("previousArticle")).append("\">‹</a>");
                    }
                    if (around[1] != null) {
                        html.append("<a href=\"#").append(around[1]).append("\" aria-label=\"").append(labels.ui("nextArticle")).append("\">›</a>");
                    }
                    html.append("</span>");
                }
                html.append("</p>\n");
            }
            start = end + 1;
        }
        return html.toString();
    }

    /** schema.org Legislation, for search engines and citation tools. */
    private static String jsonLd(MilexDocument d, CatalogRecord r, String title, String number, String adopted, String status, Context c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Legislation");
        m.put("name", title);
        m.put("url", c.url());
        if (number != null) {
            m.put("legislationIdentifier", number);
        }
        m.put("legislationJurisdiction", d.country());
        if (d.type() != null) {
            m.put("legislationType", d.type());
        }
        if (adopted != null) {
            m.put("legislationDate", adopted);
        }
        if (status != null) {
            String force = switch (status) {
                case "in-force", "partly-amended" -> "https://schema.org/InForce";
                case "repealed", "not-in-force" -> "https://schema.org/NotInForce";
                default -> null;
            };
            if (force != null) {
                m.put("legislationLegalForce", force);
            }
        }
        if (d.language() != null && !d.language().equals("other")) {
            m.put("inLanguage", d.language());
        }
        if (r != null && r.sourceUrl() != null) {
            m.put("sameAs", r.sourceUrl());
        }
        if (d.currentTo() != null) {
            m.put("legislationDateVersion", d.currentTo());
        }
        try {
            return JSON.writeValueAsString(m).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
