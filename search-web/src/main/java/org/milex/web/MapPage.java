package org.milex.web;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.classify.Country;
import org.milex.indexer.classify.Topic;
import org.milex.trends.TrendsRequest;

/**
 * /map: the Americas drawn on the server from Natural Earth's shapes, each state shaded by the number of
 * instruments the search matches, by its events of a kind, or by its ratification of a treaty; each state a
 * link (keyboard-reachable, labelled with its name and value) to the search filtered to it, with a legend and
 * the same values in a table.
 */
final class MapPage {

    static final List<String> MODES = List.of("documents", "events", "ratification");
    private static final String[] SHADES = {"#f2f2f2", "#c6dbef", "#6baed6", "#2171b5", "#08306b"};
    private static final String PARTY = "#2171b5";
    private static final String SIGNED = "#9ecae1";
    private static final String NONE = "#f2f2f2";

    private MapPage() {
    }

    /**
     * @param values  per state, its count (documents or events), or for a treaty 2 party, 1 signed, 0 neither
     * @param search  the search parameters each state's link carries (q, type, topic …)
     */
    static String render(String mode, String kind, String treaty, Map<String, Integer> values, QueryString search, Catalog catalog,
                         Labels labels) {
        Document doc = Layout.page(labels.ui("map"), labels, search.values("q").isEmpty() ? "" : search.values("q").get(0));
        Element main = Layout.main(doc).addClass("map");
        main.appendElement("h1").text(labels.ui("mapHeading"));
        form(main, mode, kind, treaty, search, catalog, labels);
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String what = switch (mode) {
            case "events" -> labels.ui("mapEvents", kind == null ? labels.ui("allKinds") : labels.ui("kind:" + kind));
            case "ratification" -> labels.ui("mapRatification", treatyName(catalog, treaty, labels));
            default -> labels.ui("mapDocuments");
        };
        main.appendElement("p").addClass("map-what").attr("id", "map-what").text(what);
        Element svg = Svg.svg(main, MapShapes.WIDTH, MapShapes.HEIGHT, what).addClass("map").attr("aria-describedby", "map-what");
        svg.attr("role", "group");
        for (MapShapes.Shape s : MapShapes.SHAPES) {
            if (s.code().equals("-")) {
                svg.appendElement("path").attr("d", s.path()).addClass("context").attr("aria-hidden", "true");
            }
        }
        for (MapShapes.Shape s : MapShapes.SHAPES) {
            if (s.code().equals("-")) {
                continue;
            }
            int v = values.getOrDefault(s.code(), 0);
            String label = labels.value("country", s.code()) + ": " + valueText(mode, v, labels);
            Element a = svg.appendElement("a").attr("href", search.copy().set("country", s.code()).href("/"))
                    .attr("aria-label", label).attr("data-country", s.code()).attr("data-value", String.valueOf(v));
            a.appendElement("title").text(label);
            String fill = fill(mode, v, max);
            a.appendElement("path").attr("d", s.path()).attr("fill", fill);
            if (s.small()) {
                a.appendElement("circle").attr("cx", Svg.fmt(s.x())).attr("cy", Svg.fmt(s.y())).attr("r", "5").attr("fill", fill)
                        .attr("stroke", "#333");
            }
        }
        legend(main, mode, max, labels);
        table(main, mode, values, search, labels);
        main.appendElement("p").addClass("credit").text(labels.ui("mapCredit"));
        return Layout.render(doc);
    }

    private static void form(Element main, String mode, String kind, String treaty, QueryString search, Catalog catalog, Labels labels) {
        Element form = main.appendElement("form").addClass("trends-form").attr("action", "/map").attr("method", "get");
        Element m = field(form, labels.ui("shadeBy"), "m-mode");
        Element modes = m.appendElement("select").attr("name", "mode").attr("id", "m-mode");
        for (String v : MODES) {
            Forms.option(modes, v, labels.ui("mode:" + v), v.equals(mode));
        }
        Element k = field(form, labels.ui("eventKind"), "m-kind");
        Element kinds = k.appendElement("select").attr("name", "kind").attr("id", "m-kind");
        Forms.option(kinds, "", labels.ui("allKinds"), kind == null);
        for (String v : TrendsRequest.KINDS) {
            Forms.option(kinds, v, labels.ui("kind:" + v), v.equals(kind));
        }
        Element t = field(form, labels.ui("treaty"), "m-treaty");
        Element treaties = t.appendElement("select").attr("name", "treaty").attr("id", "m-treaty");
        for (String id : RatificationPage.treaties(catalog)) {
            Forms.option(treaties, id, treatyName(catalog, id, labels), id.equals(treaty));
        }
        Element q = field(form, labels.ui("words"), "m-q");
        q.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "m-q")
                .attr("value", search.values("q").isEmpty() ? "" : search.values("q").get(0));
        Element tp = field(form, labels.ui("topic"), "m-topic");
        Element topics = tp.appendElement("select").attr("name", "topic").attr("id", "m-topic");
        Forms.option(topics, "", labels.ui("allTopics"), search.values("topic").isEmpty());
        for (Topic topic : Topic.values()) {
            Forms.option(topics, topic.id(), labels.value("topic", topic.id()), search.has("topic", topic.id()));
        }
        form.appendElement("button").attr("type", "submit").text(labels.ui("show"));
    }

    private static Element field(Element form, String label, String id) {
        Element p = form.appendElement("p").addClass("field");
        p.appendElement("label").attr("for", id).text(label);
        return p;
    }

    static String treatyName(Catalog catalog, String id, Labels labels) {
        if (id == null) {
            return "";
        }
        return catalog.record(id).map(r -> labels.code().equals("en") && r.titleEn() != null ? r.titleEn()
                : r.titles() != null && r.titles().get(labels.code()) != null ? r.titles().get(labels.code()) : r.title()).orElse(id);
    }

    private static String fill(String mode, int v, int max) {
        if (mode.equals("ratification")) {
            return v == 2 ? PARTY : v == 1 ? SIGNED : NONE;
        }
        return SHADES[shade(v, max)];
    }

    /** Five shades: none, then four equal steps up to the most any state has. */
    static int shade(int v, int max) {
        if (v <= 0 || max <= 0) {
            return 0;
        }
        return Math.min(4, 1 + (int) Math.floor(3.999 * (v - 1) / Math.max(1, max)));
    }

    private static String valueText(String mode, int v, Labels labels) {
        return switch (mode) {
            case "ratification" -> v == 2 ? labels.ui("party") : v == 1 ? labels.ui("signedOnly") : labels.ui("notParty");
            case "events" -> labels.ui("nEvents", v);
            default -> labels.ui("nInstruments", v);
        };
    }

    private static void legend(Element main, String mode, int max, Labels labels) {
        main.appendElement("h2").text(labels.ui("legend"));
        Element ul = main.appendElement("ul").addClass("scale");
        if (mode.equals("ratification")) {
            item(ul, PARTY, labels.ui("party"));
            item(ul, SIGNED, labels.ui("signedOnly"));
            item(ul, NONE, labels.ui("notParty"));
            return;
        }
        item(ul, SHADES[0], "0");
        int from = 1;
        for (int s = 1; s <= 4 && from <= max; s++) {
            int to = from;
            while (to + 1 <= max && shade(to + 1, max) == s) {
                to++;
            }
            item(ul, SHADES[s], from == to ? String.valueOf(from) : from + "–" + to);
            from = to + 1;
        }
    }

    private static void item(Element ul, String colour, String text) {
        Element li = ul.appendElement("li");
        Svg.swatch(li, colour);
        li.appendText(text);
    }

    private static void table(Element main, String mode, Map<String, Integer> values, QueryString search, Labels labels) {
        Element details = main.appendElement("details").addClass("map-table");
        details.appendElement("summary").text(labels.ui("mapTable"));
        Element body = Layout.table(details, labels.ui("mapTable"), List.of(labels.ui("country"), labels.ui("value")));
        for (Country c : Country.states()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", search.copy().set("country", c.code()).href("/"))
                    .text(c.name(labels.code()));
            tr.appendElement("td").text(valueText(mode, values.getOrDefault(c.code(), 0), labels));
        }
    }

    static boolean isTreaty(Catalog catalog, String id) {
        return catalog.record(id).map(CatalogRecord::country).filter("INT"::equals).isPresent();
    }
}
