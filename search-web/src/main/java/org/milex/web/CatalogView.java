package org.milex.web;

import java.util.List;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.CatalogRecord;

/** A catalog record's facts as a definition list: shared by document pages and country pages. */
final class CatalogView {

    private CatalogView() {
    }

    static void facts(Element parent, CatalogRecord r, Labels labels, java.util.Set<String> anchors, String documentId) {
        Element dl = parent.appendElement("dl").addClass("facts");
        Layout.row(dl, "Official title / Título oficial", r.title());
        Layout.row(dl, "English title", r.titleEn());
        Layout.row(dl, "Number / Número", r.number());
        Layout.row(dl, labels.ui("country"), labels.value("country", r.country()));
        Layout.row(dl, labels.ui("type"), labels.value("type", r.type()));
        if (!r.topicsOrEmpty().isEmpty()) {
            Layout.row(dl, labels.ui("topic"), String.join(", ", r.topicsOrEmpty().stream().map(t -> labels.value("topic", t)).toList()));
        }
        Layout.row(dl, "Adopted / Adopción", r.adopted());
        Layout.row(dl, "Published / Publicación", join(r.published(), r.gazette()));
        Layout.row(dl, "In force / Vigencia", r.inForce());
        Layout.row(dl, "Status / Estado", r.status() == null ? null : r.status() + (r.statusChecked() == null ? "" : " (checked " + r.statusChecked() + ")"));
        Layout.row(dl, "Official languages", String.join(", ", r.languagesOrEmpty()));
        if (r.sourceUrl() != null) {
            dl.appendElement("dt").text("Official source");
            dl.appendElement("dd").appendElement("a").attr("href", r.sourceUrl()).attr("rel", "external noopener").text(r.sourceUrl());
        }
        for (String kind : CatalogRecord.RELATIONS) {
            List<String> ids = r.relationsOrEmpty().get(kind);
            if (ids != null && !ids.isEmpty()) {
                dl.appendElement("dt").text(kind.replace('_', ' '));
                Element dd = dl.appendElement("dd");
                for (String id : ids) {
                    dd.appendElement("a").attr("href", "/documents/" + QueryString.enc(id)).text(id);
                    dd.appendText(" ");
                }
            }
        }
        if (r.summaryEn() != null) {
            parent.appendElement("h3").text("Summary");
            parent.appendElement("p").addClass("summary").attr("lang", "en").text(r.summaryEn());
        }
        if (r.summaryEs() != null) {
            parent.appendElement("h3").text("Resumen");
            parent.appendElement("p").addClass("summary").attr("lang", "es").text(r.summaryEs());
        }
        if (!r.keyArticlesOrEmpty().isEmpty()) {
            parent.appendElement("h3").text("Key articles / Artículos clave");
            Element ul = parent.appendElement("ul").addClass("key-articles");
            for (CatalogRecord.KeyArticle a : r.keyArticlesOrEmpty()) {
                Element li = ul.appendElement("li");
                String anchor = "art-" + a.article().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                if (anchors.contains(anchor) && documentId != null) {
                    li.appendElement("a").attr("href", "#" + anchor).text(a.article());
                } else {
                    li.appendElement("strong").text(a.article());
                }
                li.appendText(" — " + a.gist());
            }
        }
        if (r.note() != null && !r.note().isBlank()) {
            parent.appendElement("h3").text("Note");
            parent.appendElement("p").addClass("note").text(r.note());
        }
        if (r.checked() != null && !r.checked().isEmpty()) {
            Element details = parent.appendElement("details").addClass("checked");
            details.appendElement("summary").text("Facts checked against (" + r.checked().size() + ")");
            Element ul = details.appendElement("ul");
            for (CatalogRecord.Check c : r.checked()) {
                Element li = ul.appendElement("li");
                if (c.url().startsWith("http")) {
                    li.appendElement("a").attr("href", c.url()).attr("rel", "external noopener").text(c.url());
                } else {
                    li.appendElement("code").text(c.url());
                }
                li.appendText(" — " + c.facts());
            }
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " — " + b;
    }
}
