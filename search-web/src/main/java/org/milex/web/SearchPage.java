package org.milex.web;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;
import org.milex.search.SearchRequest;
import org.milex.search.SearchResult;
import org.milex.search.Snippet;

/**
 * The search page, rendered on the server so it works without JavaScript: results with their metadata
 * and highlighted passages, a facet sidebar whose links add or remove a value, sorting and pagination.
 */
final class SearchPage {

    private static final Map<String, String> PARAM_OF_DIM = Map.of(
            Schema.COUNTRY, "country", Schema.TYPE, "type", Schema.TOPIC, "topic", Schema.LANGUAGE, "lang", Schema.STATUS, "status");
    private static final int YEARS_SHOWN = 8;

    private SearchPage() {
    }

    static String render(SearchRequest request, SearchResult result, Map<String, List<String>> params, Labels labels) {
        Document doc = Layout.page(request.q().isEmpty() ? labels.ui("search") : request.q(), labels, request.q());
        Element main = Layout.main(doc).addClass("search");
        QueryString qs = new QueryString(params);
        sidebar(main.appendElement("aside").addClass("facets"), request, result, qs, labels);
        Element list = main.appendElement("section").addClass("results");
        summary(list, request, result, qs, labels);
        Element ol = list.appendElement("ol").addClass("hits").attr("start", String.valueOf((request.page() - 1) * request.size() + 1));
        for (SearchResult.Hit hit : result.hits()) {
            hit(ol.appendElement("li").addClass("hit"), hit, labels, request.q());
        }
        pagination(list, request, result, qs, labels);
        return Layout.render(doc);
    }

    static String error(String message, Map<String, List<String>> params, Labels labels) {
        List<String> q = params.getOrDefault("q", List.of());
        Document doc = Layout.page(labels.ui("error"), labels, q.isEmpty() ? "" : q.get(0));
        Element main = Layout.main(doc);
        main.appendElement("h1").text(labels.ui("error"));
        main.appendElement("p").addClass("error").attr("role", "alert").text(message);
        return Layout.render(doc);
    }

    private static void summary(Element list, SearchRequest request, SearchResult result, QueryString qs, Labels labels) {
        Element bar = list.appendElement("div").addClass("summary");
        bar.appendElement("p").addClass("count").attr("id", "total").text(labels.ui("results", result.total()));
        Element sort = bar.appendElement("p").addClass("sort");
        sort.appendText(labels.ui("sort") + ": ");
        for (String s : SearchRequest.SORTS) {
            if (s.equals(request.sort())) {
                sort.appendElement("strong").text(labels.ui(s));
            } else {
                sort.appendElement("a").attr("href", qs.copy().set("sort", s).without("page").href()).text(labels.ui(s));
            }
            sort.appendText(" ");
        }
        Element more = bar.appendElement("p").addClass("views");
        more.appendElement("a").attr("href", qs.copy().without("page").without("sort").href("/trends")).text(labels.ui("trendsForSearch"));
        more.appendText(" · ");
        more.appendElement("a").attr("href", qs.copy().without("page").href("/map")).text(labels.ui("map"));
        more.appendText(" · " + labels.ui("download") + ": ");
        more.appendElement("a").attr("href", qs.copy().without("page").set("format", "csv").href("/api/search")).text("CSV");
        more.appendText(" ");
        more.appendElement("a").attr("href", qs.copy().without("page").set("format", "json").href("/api/search")).text("JSON");
        if (result.relaxed()) {
            list.appendElement("p").addClass("notice").text(labels.ui("relaxed"));
        }
        if (result.total() == 0) {
            list.appendElement("p").addClass("notice").text(labels.ui("none"));
        }
    }

    private static void hit(Element li, SearchResult.Hit result, Labels labels, String query) {
        MilexDocument hit = result.document();
        Element h = li.appendElement("h2");
        h.appendElement("a").attr("href", Api.url(result, query)).text(hit.title() == null ? hit.id() : hit.title());
        Element meta = li.appendElement("p").addClass("meta");
        meta.appendElement("span").addClass("country").text(labels.value("country", hit.country()));
        meta.appendElement("span").addClass("type").text(labels.value("type", hit.type()));
        if (hit.number() != null) {
            meta.appendElement("span").addClass("number").text(hit.number());
        }
        if (hit.year() != null) {
            meta.appendElement("span").addClass("year").text(String.valueOf(hit.year()));
        }
        meta.appendElement("span").addClass("language").text(labels.value("language", hit.language()));
        if (MilexDocument.RECORD.equals(hit.kind())) {
            meta.appendElement("span").addClass("kind").text(labels.ui("catalog"));
        }
        Element topics = li.appendElement("p").addClass("topics");
        for (String t : hit.topics()) {
            topics.appendElement("span").addClass("topic").text(labels.value("topic", t));
        }
        if (hit.status() != null || hit.currentTo() != null) {
            Element status = li.appendElement("p").addClass("status");
            if (hit.status() != null) {
                status.appendElement("span").addClass("status-" + hit.status()).text(labels.value("status", hit.status()));
            }
            if (hit.currentTo() != null) {
                status.appendElement("span").addClass("current").text(labels.ui("currentTo", hit.currentTo()));
            }
        }
        for (Snippet s : result.snippets()) {
            Element p = li.appendElement("p").addClass("snippet");
            if (s.article() != null) {
                p.appendElement("a").addClass("article").attr("href", Api.url(hit.id(), query, s.anchor()))
                        .text(s.article().length() > 40 ? s.article().substring(0, 40) + "…" : s.article());
                p.appendText(" ");
            }
            p.append(s.html());
        }
        if (!result.articles().isEmpty()) {
            Element more = li.appendElement("ul").addClass("articles");
            for (Snippet a : result.articles()) {
                more.appendElement("li").appendElement("a").attr("href", Api.url(hit.id(), query, a.anchor()))
                        .text(a.article() == null ? a.anchor() : a.article());
            }
        }
        if (result.versions().size() > 1) {
            Element versions = li.appendElement("p").addClass("versions");
            versions.appendText(labels.ui("versions") + ": ");
            for (var v : result.versions()) {
                if (!v.id().equals(hit.id())) {
                    versions.appendElement("a").attr("href", Api.url(v.id(), query, null))
                            .text(labels.value("language", v.language()) + " · " + Api.format(v.kind(), v.contentType())
                                    + (v.versionDate() == null ? "" : " · " + v.versionDate()));
                    versions.appendText(" ");
                }
            }
        }
        li.appendElement("p").addClass("source").text(hit.source() == null ? "" : hit.source());
    }

    private static void sidebar(Element aside, SearchRequest request, SearchResult result, QueryString qs, Labels labels) {
        if (!request.filters().isEmpty() || request.from() != null || request.to() != null) {
            QueryString cleared = new QueryString(Map.of());
            if (!request.q().isEmpty()) {
                cleared.set("q", request.q());
            }
            aside.appendElement("p").appendElement("a").addClass("clear").attr("href", cleared.href()).text(labels.ui("clear"));
        }
        for (Map.Entry<String, List<SearchResult.FacetValue>> e : result.facets().entrySet()) {
            String dim = e.getKey();
            Element box = aside.appendElement("section").addClass("facet").attr("data-facet", dim);
            box.appendElement("h3").text(labels.ui(dim));
            if (dim.equals(Schema.YEAR)) {
                years(box, request, e.getValue(), qs, labels);
                continue;
            }
            Element ul = box.appendElement("ul");
            String param = PARAM_OF_DIM.get(dim);
            for (SearchResult.FacetValue v : e.getValue()) {
                boolean on = qs.has(param, v.value());
                Element a = ul.appendElement("li").appendElement("a")
                        .attr("href", qs.copy().toggle(param, v.value()).href())
                        .attr("data-value", v.value())
                        .attr("aria-checked", String.valueOf(on)).attr("role", "checkbox")
                        .addClass(on ? "on" : "off");
                a.appendElement("span").addClass("box").text(on ? "☑" : "☐");
                a.appendElement("span").addClass("label").text(labels.value(dim, v.value()));
                a.appendElement("span").addClass("n").text(String.valueOf(v.count()));
            }
        }
    }

    private static void years(Element box, SearchRequest request, List<SearchResult.FacetValue> years, QueryString qs, Labels labels) {
        Element form = box.appendElement("form").attr("method", "get").attr("action", "/").addClass("years");
        for (String hidden : List.of("q", "country", "type", "topic", "lang", "status", "sort", "ui")) {
            for (String v : qs.values(hidden)) {
                form.appendElement("input").attr("type", "hidden").attr("name", hidden).attr("value", v);
            }
        }
        form.appendElement("label").text(labels.ui("from") + " ")
                .appendElement("input").attr("name", "from").attr("size", "4").attr("inputmode", "numeric")
                .attr("value", request.from() == null ? "" : String.valueOf(request.from()));
        form.appendElement("label").text(" " + labels.ui("to") + " ")
                .appendElement("input").attr("name", "to").attr("size", "4").attr("inputmode", "numeric")
                .attr("value", request.to() == null ? "" : String.valueOf(request.to()));
        form.appendElement("button").attr("type", "submit").text(labels.ui("apply"));
        // every year: the newest few in sight, the others one click away
        Element ul = box.appendElement("ul");
        Element more = null;
        for (int i = 0; i < years.size(); i++) {
            SearchResult.FacetValue v = years.get(i);
            if (i == YEARS_SHOWN) {
                more = box.appendElement("details").addClass("more-years");
                more.appendElement("summary").text(labels.ui("moreYears", years.size() - YEARS_SHOWN));
                ul = more.appendElement("ul");
            }
            Element a = ul.appendElement("li").appendElement("a")
                    .attr("href", qs.copy().set("from", v.value()).set("to", v.value()).without("page").href())
                    .attr("data-value", v.value());
            a.appendElement("span").addClass("label").text(v.value());
            a.appendElement("span").addClass("n").text(String.valueOf(v.count()));
        }
    }

    private static void pagination(Element list, SearchRequest request, SearchResult result, QueryString qs, Labels labels) {
        long pages = Math.max(1, (result.total() + request.size() - 1) / request.size());
        long reachable = Math.min(pages, SearchRequest.MAX_WINDOW / request.size());
        if (pages <= 1) {
            return;
        }
        Element nav = list.appendElement("nav").addClass("pages").attr("aria-label", "pages");
        if (request.page() > 1) {
            nav.appendElement("a").attr("rel", "prev").attr("href", qs.copy().set("page", String.valueOf(request.page() - 1)).href()).text(labels.ui("previous"));
        }
        long first = Math.max(1, request.page() - 4);
        long last = Math.min(reachable, first + 8);
        for (long p = first; p <= last; p++) {
            if (p == request.page()) {
                nav.appendElement("strong").attr("aria-current", "page").text(String.valueOf(p));
            } else {
                nav.appendElement("a").attr("href", qs.copy().set("page", String.valueOf(p)).href()).text(String.valueOf(p));
            }
        }
        if (request.page() < reachable) {
            nav.appendElement("a").attr("rel", "next").attr("href", qs.copy().set("page", String.valueOf(request.page() + 1)).href()).text(labels.ui("next"));
        }
        nav.appendElement("span").addClass("of").text(labels.ui("page", request.page(), pages));
    }
}
