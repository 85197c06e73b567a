package org.milex.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;
import org.milex.search.SearchRequest;
import org.milex.search.SearchResult;
import org.milex.search.Snippet;

/**
 * The search page, rendered on the server so it works without JavaScript. The results come first (on a phone,
 * before the filters), under a heading that says what was searched and the filters in force as removable
 * chips; the filters follow in a collapsible sidebar whose links add or remove a value, then sorting and pages.
 */
final class SearchPage {

    private static final Map<String, String> PARAM_OF_DIM = Map.of(
            Schema.COUNTRY, "country", Schema.TYPE, "type", Schema.TOPIC, "topic", Schema.LANGUAGE, "lang", Schema.STATUS, "status");
    private static final List<String> DIMS = List.of(Schema.COUNTRY, Schema.TYPE, Schema.TOPIC, Schema.LANGUAGE, Schema.STATUS);
    private static final int YEARS_SHOWN = 8;
    private static final int VALUES_SHOWN = 12;

    private SearchPage() {
    }

    static String render(SearchRequest request, SearchResult result, Map<String, List<String>> params, Labels labels) {
        Document doc = Layout.page(request.q().isEmpty() ? labels.ui("allDocuments") : request.q(), labels, request.q());
        Element main = Layout.main(doc).addClass("search");
        QueryString qs = new QueryString(params);
        Element list = main.appendElement("section").addClass("results").attr("aria-labelledby", "results-heading");
        Element h1 = list.appendElement("h1").attr("id", "results-heading");
        if (request.q().isEmpty()) {
            h1.text(labels.ui("allDocuments"));
        } else {
            h1.text(labels.ui("resultsFor") + " ");
            h1.appendElement("q").text(request.q());
        }
        chips(list, request, qs, labels);
        summary(list, request, result, qs, labels);
        long pages = Math.max(1, (result.total() + request.size() - 1) / request.size());
        if (request.page() > pages && result.total() > 0) {
            Element p = list.appendElement("p").addClass("notice").attr("role", "status");
            p.appendText(labels.ui("beyondLast", request.page(), pages) + " ");
            p.appendElement("a").attr("href", qs.copy().set("page", String.valueOf(pages)).href()).text(labels.ui("lastPage"));
        }
        Element ol = list.appendElement("ol").addClass("hits").attr("id", "hits").attr("tabindex", "-1")
                .attr("aria-label", labels.ui("resultsList")).attr("start", String.valueOf((request.page() - 1) * request.size() + 1));
        Layout.skipTo(doc, "hits", labels.ui("skipToResults"));
        for (SearchResult.Hit hit : result.hits()) {
            hit(ol.appendElement("li").addClass("hit"), hit, labels, request.q());
        }
        pagination(list, request, result, qs, labels);
        Element aside = main.appendElement("aside").addClass("facets").attr("aria-label", labels.ui("filters"));
        Element details = aside.appendElement("details").addClass("filters").attr("open", "");
        details.appendElement("summary").text(labels.ui("filters"));
        sidebar(details, request, result, qs, labels);
        return Layout.render(doc);
    }

    /** The filters in force, each a link that removes it, and one that removes them all; a filter that matches nothing too. */
    private static void chips(Element list, SearchRequest request, QueryString qs, Labels labels) {
        List<Element> chips = new ArrayList<>();
        Element ul = new Element("ul").addClass("chips").attr("aria-label", labels.ui("activeFilters"));
        for (String dim : DIMS) {
            String param = PARAM_OF_DIM.get(dim);
            for (String v : request.filters().getOrDefault(dim, List.of())) {
                String name = labels.value(dim, v);
                Element a = ul.appendElement("li").appendElement("a").attr("href", qs.copy().toggle(param, v).href())
                        .attr("data-filter", param + ":" + v).attr("aria-label", labels.ui("removeFilter", labels.ui(dim), name));
                a.appendElement("span").text(labels.ui(dim) + ": " + name);
                a.appendElement("span").addClass("x").attr("aria-hidden", "true").text(" ✕");
                chips.add(a);
            }
        }
        if (request.from() != null || request.to() != null) {
            String range = (request.from() == null ? "…" : String.valueOf(request.from())) + "–" + (request.to() == null ? "…" : String.valueOf(request.to()));
            Element a = ul.appendElement("li").appendElement("a").attr("href", qs.copy().without("from").without("to").without("page").href())
                    .attr("data-filter", "years").attr("aria-label", labels.ui("removeFilter", labels.ui("year"), range));
            a.appendElement("span").text(labels.ui("year") + ": " + range);
            a.appendElement("span").addClass("x").attr("aria-hidden", "true").text(" ✕");
            chips.add(a);
        }
        if (chips.isEmpty()) {
            return;
        }
        QueryString cleared = new QueryString(Map.of());
        if (!request.q().isEmpty()) {
            cleared.set("q", request.q());
        }
        ul.appendElement("li").appendElement("a").addClass("clear").attr("href", cleared.href()).text(labels.ui("clear"));
        list.appendChild(ul);
    }

    private static void summary(Element list, SearchRequest request, SearchResult result, QueryString qs, Labels labels) {
        Element bar = list.appendElement("div").addClass("summary");
        bar.appendElement("p").addClass("count").attr("id", "total").attr("role", "status").text(labels.ui("results", result.total()));
        Element sort = bar.appendElement("p").addClass("sort");
        sort.appendText(labels.ui("sort") + ": ");
        for (String s : SearchRequest.SORTS) {
            if (s.equals(request.sort())) {
                sort.appendElement("strong").attr("aria-current", "true").text(labels.ui(s));
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
        if (!result.expanded().isEmpty()) {
            Element also = list.appendElement("p").addClass("expanded");
            also.appendText(labels.ui("alsoSearched") + " ");
            List<String> terms = new ArrayList<>();
            result.expanded().values().forEach(terms::addAll);
            also.appendElement("span").text(String.join(", ", terms.stream().distinct().limit(12).toList()));
            also.appendText(" · ");
            also.appendElement("a").attr("href", qs.copy().set("expand", "false").without("page").href()).text(labels.ui("onlyMyWords"));
        }
        if (!result.suggestions().isEmpty()) {
            Element p = list.appendElement("p").addClass("suggestions");
            p.appendText(labels.ui("didYouMean") + " ");
            for (String s : result.suggestions()) {
                p.appendElement("a").attr("href", qs.copy().set("q", s).without("page").href()).text(s);
                p.appendText(" ");
            }
        }
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
        h.appendElement("a").attr("href", Api.url(result, query)).attr("lang", lang(hit.language()))
                .text(hit.title() == null ? labels.ui("untitled") : hit.title());
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
            meta.appendElement("span").addClass("kind").text(labels.ui("catalogOnly"));
        }
        if (hit.status() != null || hit.currentTo() != null) {
            Element status = li.appendElement("p").addClass("status-line");
            if (hit.status() != null) {
                status.appendElement("span").addClass("status").addClass("status-" + hit.status()).text(labels.value("status", hit.status()));
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
            p.appendElement("span").attr("lang", lang(hit.language())).append(s.html());
        }
        if (!result.articles().isEmpty()) {
            Element more = li.appendElement("ul").addClass("articles").attr("aria-label", labels.ui("otherArticles"));
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
                            .text(labels.value("language", v.language()) + " · " + formatName(Api.format(v.kind(), v.contentType()), labels)
                                    + (v.versionDate() == null ? "" : " · " + v.versionDate()));
                    versions.appendText(" ");
                }
            }
        }
    }

    /** A format as users know it: PDF, Word, the catalog's record. */
    static String formatName(String format, Labels labels) {
        if (format == null) {
            return "";
        }
        return switch (format) {
            case "record" -> labels.ui("catalogOnly");
            case "docx", "doc" -> "Word";
            case "markdown" -> labels.ui("plainText");
            default -> format.toUpperCase(Locale.ROOT);
        };
    }

    /** A language code as an HTML lang attribute ("other" is no language). */
    static String lang(String code) {
        return code == null || code.equals("other") ? "" : code;
    }

    private static void sidebar(Element aside, SearchRequest request, SearchResult result, QueryString qs, Labels labels) {
        for (Map.Entry<String, List<SearchResult.FacetValue>> e : result.facets().entrySet()) {
            String dim = e.getKey();
            Element box = aside.appendElement("section").addClass("facet").attr("data-facet", dim);
            box.appendElement("h2").text(labels.ui(dim));
            if (dim.equals(Schema.YEAR)) {
                years(box, request, e.getValue(), qs, labels);
                continue;
            }
            String param = PARAM_OF_DIM.get(dim);
            List<SearchResult.FacetValue> values = new ArrayList<>(e.getValue());
            // a chosen value stays in sight, even when the other filters leave it nothing
            for (String chosen : request.filters().getOrDefault(dim, List.of())) {
                if (values.stream().noneMatch(v -> v.value().equals(chosen))) {
                    values.add(0, new SearchResult.FacetValue(chosen, 0));
                }
            }
            Element ul = box.appendElement("ul");
            for (int i = 0; i < values.size(); i++) {
                SearchResult.FacetValue v = values.get(i);
                if (i == VALUES_SHOWN) {
                    Element more = box.appendElement("details").addClass("more-values");
                    more.appendElement("summary").text(labels.ui("moreValues", values.size() - VALUES_SHOWN));
                    ul = more.appendElement("ul");
                }
                boolean on = qs.has(param, v.value());
                Element a = ul.appendElement("li").appendElement("a")
                        .attr("href", qs.copy().toggle(param, v.value()).href())
                        .attr("data-value", v.value())
                        .addClass(on ? "on" : "off");
                if (on) {
                    a.attr("aria-current", "true");
                }
                a.appendElement("span").addClass("box").attr("aria-hidden", "true").text(on ? "☑" : "☐");
                a.appendElement("span").addClass("label").text(labels.value(dim, v.value()));
                a.appendElement("span").addClass("n").text(String.valueOf(v.count()));
                if (on) {
                    a.appendElement("span").addClass("visually-hidden").text(" (" + labels.ui("selected") + ")");
                }
            }
        }
    }

    private static void years(Element box, SearchRequest request, List<SearchResult.FacetValue> years, QueryString qs, Labels labels) {
        Element form = box.appendElement("form").attr("method", "get").attr("action", "/").addClass("years");
        for (String hidden : List.of("q", "country", "type", "topic", "lang", "status", "sort", "expand")) {
            for (String v : qs.values(hidden)) {
                form.appendElement("input").attr("type", "hidden").attr("name", hidden).attr("value", v);
            }
        }
        form.appendElement("label").attr("for", "from").text(labels.ui("from"));
        form.appendElement("input").attr("name", "from").attr("id", "from").attr("size", "4").attr("inputmode", "numeric")
                .attr("value", request.from() == null ? "" : String.valueOf(request.from()));
        form.appendElement("label").attr("for", "to").text(labels.ui("to"));
        form.appendElement("input").attr("name", "to").attr("id", "to").attr("size", "4").attr("inputmode", "numeric")
                .attr("value", request.to() == null ? "" : String.valueOf(request.to()));
        form.appendElement("button").attr("type", "submit").text(labels.ui("apply"));
        // every year: the newest few in sight, the others one click away
        Element ul = box.appendElement("ul");
        for (int i = 0; i < years.size(); i++) {
            SearchResult.FacetValue v = years.get(i);
            if (i == YEARS_SHOWN) {
                Element more = box.appendElement("details").addClass("more-years");
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
        Element nav = list.appendElement("nav").addClass("pages").attr("aria-label", labels.ui("pages"));
        if (request.page() > 1) {
            nav.appendElement("a").attr("rel", "prev").attr("href", qs.copy().set("page", String.valueOf(Math.min(request.page() - 1, reachable))).href())
                    .text(labels.ui("previous"));
        }
        long first = Math.max(1, Math.min(request.page(), reachable) - 4);
        long last = Math.min(reachable, first + 8);
        for (long p = first; p <= last; p++) {
            if (p == request.page()) {
                nav.appendElement("strong").attr("aria-current", "page").text(String.valueOf(p));
            } else {
                nav.appendElement("a").attr("href", qs.copy().set("page", String.valueOf(p)).href())
                        .attr("aria-label", labels.ui("pageN", p)).text(String.valueOf(p));
            }
        }
        if (request.page() < reachable) {
            nav.appendElement("a").attr("rel", "next").attr("href", qs.copy().set("page", String.valueOf(request.page() + 1)).href()).text(labels.ui("next"));
        }
        nav.appendElement("span").addClass("of").text(labels.ui("page", Math.min(request.page(), pages), pages));
    }
}
