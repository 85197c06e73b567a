package org.milex.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.classify.Country;
import org.milex.indexer.classify.InstrumentType;
import org.milex.indexer.classify.Topic;
import org.milex.indexer.index.Schema;
import org.milex.trends.Event;
import org.milex.trends.Timeline;
import org.milex.trends.TrendsRequest;

/**
 * /trends: for the whole hemisphere or for each of up to six states, a timeline of stacked bars per year (by
 * topic, country, type or kind of event), drawn on the server as SVG so that it needs no JavaScript, with the
 * same numbers in a table beside it, and the events listed beneath, each linking to its instrument.
 */
final class TrendsPage {

    static final int MAX_STATES = 6;
    private static final double WIDTH = 900;
    private static final double HEIGHT = 240;
    private static final double LEFT = 44;
    private static final double BOTTOM = 28;
    private static final double TOP = 10;
    private static final int EVENTS_SHOWN = 300;

    private TrendsPage() {
    }

    /** @param charts the timeline of each state asked for, in order, or of everything under the key "" */
    static String render(TrendsRequest r, Map<String, Timeline> charts, Timeline all, Map<String, List<String>> params, Labels labels) {
        Document doc = Layout.page(labels.ui("trends"), labels, r.search().q());
        Element main = Layout.main(doc).addClass("trends");
        main.appendElement("h1").text(labels.ui("trends"));
        form(main, r, labels);
        QueryString qs = new QueryString(params);
        Element links = main.appendElement("p").addClass("exports");
        links.appendElement("a").attr("href", qs.copy().without("by").without("source").without("kind").href("/")).text(labels.ui("searchThese"));
        links.appendText(" · " + labels.ui("download") + ": ");
        links.appendElement("a").attr("href", qs.copy().set("format", "csv").href("/api/trends")).text("CSV");
        links.appendText(" · ");
        links.appendElement("a").attr("href", qs.copy().set("format", "json").href("/api/trends")).text("JSON");
        links.appendText(" · ");
        links.appendElement("a").attr("href", qs.copy().set("format", "panel").href("/api/trends")).text(labels.ui("panel"));
        links.appendText(" (");
        links.appendElement("a").attr("href", "/codebook").text(labels.ui("codebook"));
        links.appendText(") · " + labels.ui("dataVersion") + " " + all.dataVersion());

        int max = 1;
        for (Timeline t : charts.values()) {
            for (Timeline.Year y : t.years()) {
                max = Math.max(max, y.by().values().stream().mapToInt(Integer::intValue).sum());
            }
        }
        List<String> groups = all.groups();
        if (all.years().isEmpty()) {
            main.appendElement("p").addClass("notice").text(labels.ui("noTrend"));
        }
        for (var chart : charts.entrySet()) {
            if (!all.years().isEmpty()) {
                chart(main, chart.getKey(), chart.getValue(), groups, max, r.by(), labels);
            }
        }
        events(main, all.events(), labels);
        return Layout.render(doc);
    }

    private static void form(Element main, TrendsRequest r, Labels labels) {
        Element form = main.appendElement("form").addClass("trends-form").attr("action", "/trends").attr("method", "get");
        Element q = field(form, labels.ui("words"), "t-q");
        q.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "t-q").attr("value", r.search().q());
        Element c = field(form, labels.ui("statesUpTo", MAX_STATES), "t-country");
        Element select = c.appendElement("select").attr("name", "country").attr("id", "t-country").attr("multiple", "").attr("size", "6");
        List<String> chosen = r.search().filters().getOrDefault(Schema.COUNTRY, List.of());
        for (Country country : sortedStates(labels)) {
            Forms.option(select, country.code(), country.name(labels.code()), chosen.contains(country.code()));
        }
        Element t = field(form, labels.ui("topic"), "t-topic");
        Element topics = t.appendElement("select").attr("name", "topic").attr("id", "t-topic");
        topics.appendElement("option").attr("value", "").text(labels.ui("allTopics"));
        List<String> chosenTopics = r.search().filters().getOrDefault(Schema.TOPIC, List.of());
        for (Topic topic : Topic.values()) {
            Forms.option(topics, topic.id(), labels.value("topic", topic.id()), chosenTopics.contains(topic.id()));
        }
        Element b = field(form, labels.ui("breakdown"), "t-by");
        Element by = b.appendElement("select").attr("name", "by").attr("id", "t-by");
        for (String v : TrendsRequest.BYS) {
            Forms.option(by, v, labels.ui("by:" + v), v.equals(r.by()));
        }
        Element s = field(form, labels.ui("counting"), "t-source");
        Element source = s.appendElement("select").attr("name", "source").attr("id", "t-source");
        for (String v : TrendsRequest.SOURCES) {
            Forms.option(source, v, labels.ui("source:" + v), v.equals(r.source()));
        }
        Element y = field(form, labels.ui("from"), "t-from");
        y.appendElement("input").attr("type", "number").attr("name", "from").attr("id", "t-from").attr("min", "1800").attr("max", "2100")
                .attr("value", r.search().from() == null ? "" : String.valueOf(r.search().from()));
        Element z = field(form, labels.ui("to"), "t-to");
        z.appendElement("input").attr("type", "number").attr("name", "to").attr("id", "t-to").attr("min", "1800").attr("max", "2100")
                .attr("value", r.search().to() == null ? "" : String.valueOf(r.search().to()));
        form.appendElement("button").attr("type", "submit").text(labels.ui("show"));
    }

    private static Element field(Element form, String label, String id) {
        Element p = form.appendElement("p").addClass("field");
        p.appendElement("label").attr("for", id).text(label);
        return p;
    }

    private static List<Country> sortedStates(Labels labels) {
        List<Country> states = new ArrayList<>(Country.states());
        states.sort(java.util.Comparator.comparing((Country c) -> org.milex.indexer.classify.Folding.fold(c.name(labels.code()))));
        return states;
    }

    private static void chart(Element main, String state, Timeline t, List<String> groups, int max, String by, Labels labels) {
        String name = state.isEmpty() ? labels.ui("allStates") : labels.value("country", state);
        Element section = main.appendElement("section").addClass("timeline").attr("data-country", state);
        section.appendElement("h2").text(name);
        Element figure = section.appendElement("figure");
        List<Timeline.Year> years = t.years();
        double plotW = WIDTH - LEFT - 6;
        double plotH = HEIGHT - TOP - BOTTOM;
        double band = plotW / Math.max(1, years.size());
        Element svg = Svg.svg(figure, WIDTH, HEIGHT, labels.ui("chartLabel", name, years.get(0).year(), years.get(years.size() - 1).year()));
        svg.addClass("chart");
        // axis: zero, half and the most any year has
        for (int tick : new int[] {0, max / 2, max}) {
            double y = TOP + plotH - plotH * tick / max;
            svg.appendElement("line").attr("x1", Svg.fmt(LEFT)).attr("x2", Svg.fmt(WIDTH - 6)).attr("y1", Svg.fmt(y)).attr("y2", Svg.fmt(y))
                    .attr("class", "grid");
            Svg.text(svg, LEFT - 6, y + 4, String.valueOf(tick), "end").attr("class", "tick");
        }
        int every = Math.max(1, (int) Math.ceil(years.size() / 15.0));
        for (int i = 0; i < years.size(); i++) {
            Timeline.Year year = years.get(i);
            double x = LEFT + i * band;
            int total = year.by().values().stream().mapToInt(Integer::intValue).sum();
            Element g = svg.appendElement("g").addClass("bar").attr("data-year", String.valueOf(year.year()))
                    .attr("data-documents", String.valueOf(year.documents())).attr("data-events", String.valueOf(year.events()))
                    .attr("data-total", String.valueOf(total));
            double y = TOP + plotH;
            for (int k = 0; k < groups.size(); k++) {
                int n = year.by().getOrDefault(groups.get(k), 0);
                if (n == 0) {
                    continue;
                }
                double h = plotH * n / max;
                y -= h;
                Svg.rect(g, x + band * 0.1, y, Math.max(1, band * 0.8), h, Svg.colour(k)).attr("data-group", groups.get(k))
                        .appendElement("title").text(year.year() + ": " + group(by, groups.get(k), labels) + " " + n);
            }
            if (i % every == 0) {
                Svg.text(svg, x + band / 2, HEIGHT - 8, String.valueOf(year.year()), "middle").attr("class", "tick");
            }
        }
        Element caption = figure.appendElement("figcaption");
        caption.appendText(labels.ui("chartCaption", t.documents(), t.events().size()));
        if (t.undated() > 0) {
            caption.appendText(" " + labels.ui("undated", t.undated()));
        }
        Element legend = figure.appendElement("ul").addClass("legend");
        for (int k = 0; k < groups.size(); k++) {
            Element li = legend.appendElement("li");
            Svg.swatch(li, Svg.colour(k));
            li.appendText(group(by, groups.get(k), labels));
        }
        table(section, t, groups, by, labels);
    }

    private static void table(Element section, Timeline t, List<String> groups, String by, Labels labels) {
        List<String> headings = new ArrayList<>(List.of(labels.ui("yearCol"), labels.ui("documentsCol"), labels.ui("eventsCol")));
        groups.forEach(g -> headings.add(group(by, g, labels)));
        Element body = Layout.table(section, labels.ui("numbers"), headings);
        body.parent().addClass("numbers");
        for (Timeline.Year y : t.years()) {
            if (y.documents() == 0 && y.events() == 0) {
                continue; // the chart shows the empty years; the table keeps to those with something in them
            }
            Element tr = body.appendElement("tr").attr("data-year", String.valueOf(y.year()));
            tr.appendElement("th").attr("scope", "row").text(String.valueOf(y.year()));
            tr.appendElement("td").text(String.valueOf(y.documents()));
            tr.appendElement("td").text(String.valueOf(y.events()));
            for (String g : groups) {
                tr.appendElement("td").text(String.valueOf(y.by().getOrDefault(g, 0)));
            }
        }
    }

    private static void events(Element main, List<Event> events, Labels labels) {
        Element section = main.appendElement("section").addClass("events");
        section.appendElement("h2").text(labels.ui("eventsHeading", events.size()));
        Element ol = section.appendElement("ol").addClass("events");
        for (Event e : events.subList(0, Math.min(EVENTS_SHOWN, events.size()))) {
            Element li = ol.appendElement("li").attr("data-kind", e.kind()).attr("data-country", e.country());
            li.appendElement("time").attr("datetime", e.date()).text(e.date());
            li.appendText(" · " + labels.value("country", e.country()) + " · " + labels.ui("kind:" + e.kind()) + " · ");
            Element title = e.url() == null ? li.appendElement("span") : li.appendElement("a").attr("href", e.url());
            title.text(e.title());
            String gist = labels.code().equals("es") && e.gistEs() != null ? e.gistEs() : e.gistEn();
            if (gist != null) {
                li.appendElement("p").addClass("gist").text(gist);
            }
        }
        if (events.size() > EVENTS_SHOWN) {
            section.appendElement("p").text(labels.ui("moreEvents", events.size() - EVENTS_SHOWN));
        }
    }

    static String group(String by, String value, Labels labels) {
        return switch (by) {
            case "topic" -> labels.value("topic", value);
            case "country" -> labels.value("country", value);
            case "type" -> InstrumentType.byId(value).isPresent() ? labels.value("type", value) : value;
            default -> labels.ui("kind:" + value);
        };
    }

    /** The request for each of several states: the same question, that state only, over the same years. */
    static Map<String, TrendsRequest> perState(TrendsRequest r, int first, int last) {
        Map<String, TrendsRequest> out = new LinkedHashMap<>();
        for (String s : r.search().filters().getOrDefault(Schema.COUNTRY, List.of())) {
            Map<String, List<String>> filters = new LinkedHashMap<>(r.search().filters());
            filters.put(Schema.COUNTRY, List.of(s));
            out.put(s, new TrendsRequest(new org.milex.search.SearchRequest(r.search().q(), filters, first, last,
                    "relevance", 1, 1, r.search().expand(), false), r.by(), r.source(), r.kinds()));
        }
        return out;
    }
}
