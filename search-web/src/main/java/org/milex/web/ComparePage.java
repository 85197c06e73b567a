package org.milex.web;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.Ratification;
import org.milex.indexer.classify.Country;
import org.milex.indexer.classify.Topic;
import org.milex.trends.Event;

/**
 * /compare: two to four states side by side on one topic. For each: its instruments in the catalog (dates,
 * status, key articles), its events in order, and its ratifications of the treaties on that topic.
 */
final class ComparePage {

    static final int MIN = 2;
    static final int MAX = 4;

    private ComparePage() {
    }

    /** @param events per state, its events on the topic, in date order */
    static String render(List<String> states, String topic, Map<String, List<Event>> events, Catalog catalog, Labels labels) {
        Document doc = Layout.page(labels.ui("compare"), labels, "");
        Element main = Layout.main(doc).addClass("compare");
        main.appendElement("h1").text(labels.ui("compare") + (topic == null ? "" : ": " + labels.value("topic", topic)));
        form(main, states, topic, labels);
        if (states.size() < MIN) {
            main.appendElement("p").addClass("notice").text(labels.ui("compareHow", MIN, MAX));
            return Layout.render(doc);
        }
        List<String> treaties = RatificationPage.treaties(catalog).stream()
                .filter(t -> topic == null || catalog.record(t).map(r -> r.topics().contains(topic)).orElse(false)).toList();
        Element grid = main.appendElement("div").addClass("compare-grid");
        for (String state : states) {
            Element col = grid.appendElement("section").attr("data-country", state).attr("aria-labelledby", "c-" + state);
            col.appendElement("h2").attr("id", "c-" + state).text(labels.value("country", state));
            col.appendElement("h3").text(labels.ui("instruments"));
            List<CatalogRecord> records = catalog.recordsOf(state).stream()
                    .filter(r -> !r.isAbsence() && (topic == null || r.topics().contains(topic))).toList();
            if (records.isEmpty()) {
                col.appendElement("p").text(labels.ui("noneCatalogued"));
            }
            Element ul = col.appendElement("ul").addClass("instruments");
            for (CatalogRecord r : records) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", "/documents/" + QueryString.enc(r.id())).text(r.title());
                String facts = String.join(" · ", java.util.stream.Stream.of(r.number(), r.adopted(), labels.value("status", r.status()))
                        .filter(x -> x != null && !x.isBlank()).toList());
                li.appendElement("p").addClass("meta").text(facts);
                if (r.keyArticles() != null && !r.keyArticles().isEmpty()) {
                    Element arts = li.appendElement("ul").addClass("key-articles");
                    r.keyArticles().stream().limit(4).forEach(k -> arts.appendElement("li").text(k.article() + ": " + k.gist()));
                }
            }
            col.appendElement("p").appendElement("a")
                    .attr("href", "/?country=" + state + (topic == null ? "" : "&topic=" + topic)).text(labels.ui("searchThese"));
            col.appendElement("h3").text(labels.ui("eventsHeading", events.getOrDefault(state, List.of()).size()));
            Element ol = col.appendElement("ol").addClass("events");
            for (Event e : events.getOrDefault(state, List.of())) {
                Element li = ol.appendElement("li");
                li.appendElement("time").attr("datetime", e.date()).text(e.date());
                li.appendText(" " + labels.ui("kind:" + e.kind()) + ": ");
                (e.url() == null ? li.appendElement("span") : li.appendElement("a").attr("href", e.url())).text(e.title());
            }
            col.appendElement("h3").text(labels.ui("ratifications"));
            Element rl = col.appendElement("ul").addClass("ratifications");
            for (String t : treaties) {
                Ratification r = catalog.ratifications().stream().filter(x -> x.treaty().equals(t) && x.country().equals(state)).findFirst().orElse(null);
                String status = r == null ? labels.ui("notParty")
                        : r.isParty() ? labels.ui("party") + " " + r.consent()
                        : r.signed() != null && !r.signed().isBlank() ? labels.ui("signedOnly") + " " + r.signed() : labels.ui("notParty");
                Element li = rl.appendElement("li");
                li.appendElement("a").attr("href", "/documents/" + QueryString.enc(t)).text(MapPage.treatyName(catalog, t, labels));
                li.appendText(": " + status);
            }
        }
        return Layout.render(doc);
    }

    private static void form(Element main, List<String> states, String topic, Labels labels) {
        Element form = main.appendElement("form").addClass("trends-form").attr("action", "/compare").attr("method", "get");
        for (int i = 0; i < MAX; i++) {
            Element p = form.appendElement("p").addClass("field");
            p.appendElement("label").attr("for", "c-country-" + i).text(labels.ui("stateN", i + 1));
            Element select = p.appendElement("select").attr("name", "country").attr("id", "c-country-" + i);
            select.appendElement("option").attr("value", "").text("—");
            for (Country c : Country.states()) {
                Forms.option(select, c.code(), c.name(labels.code()), i < states.size() && states.get(i).equals(c.code()));
            }
        }
        Element p = form.appendElement("p").addClass("field");
        p.appendElement("label").attr("for", "c-topic").text(labels.ui("topic"));
        Element topics = p.appendElement("select").attr("name", "topic").attr("id", "c-topic");
        topics.appendElement("option").attr("value", "").text(labels.ui("allTopics"));
        for (Topic t : Topic.values()) {
            Forms.option(topics, t.id(), labels.value("topic", t.id()), t.id().equals(topic));
        }
        form.appendElement("button").attr("type", "submit").text(labels.ui("show"));
    }
}
