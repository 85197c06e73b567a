package org.milex.web;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.classify.Topic;

/** /help: how to write a search, what each topic means, where the data come from and how current they are, the API. */
final class HelpPage {

    /** Example searches, each explained by the label "syntax:&lt;n&gt;". */
    private static final String[] EXAMPLES = {
        "asilo refugio", "\"no devolución\"", "SOR/2002-227", "Ley 25.871 art. 17", "IRPA s. 97", "asilo /a detención",
        "trata /p niñas", "refugee -visa", "title:nacionalidad", "naturali*", "asylum AND (detention OR removal)"};
    private static final String[] ENDPOINTS = {
        "/api/search?q=asilo&country=MX", "/api/search?q=asilo&format=csv", "/api/documents/{id}", "/api/countries/MX",
        "/api/ratifications?treaty=int-refugee-convention-1951", "/api/trends?q=trata&by=kind", "/api/trends?format=panel",
        "/api/history?country=BR&format=csv"};

    private HelpPage() {
    }

    static String render(String dataVersion, Labels labels) {
        Document doc = Layout.page(labels.ui("help"), labels, "");
        Element main = Layout.main(doc).addClass("help");
        main.appendElement("h1").text(labels.ui("helpTitle"));
        Element toc = main.appendElement("nav").attr("aria-label", labels.ui("helpContents")).appendElement("ul");
        for (String s : new String[] {"syntax", "topics", "data", "api"}) {
            toc.appendElement("li").appendElement("a").attr("href", "#" + s).text(labels.ui("help:" + s));
        }

        Element syntax = main.appendElement("section").attr("id", "syntax");
        syntax.appendElement("h2").text(labels.ui("help:syntax"));
        syntax.appendElement("p").text(labels.ui("syntaxIntro"));
        Element body = Layout.table(syntax, labels.ui("help:syntax"), List.of(labels.ui("searchCol"), labels.ui("meaning")));
        for (int i = 0; i < EXAMPLES.length; i++) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "/?q=" + QueryString.enc(EXAMPLES[i]))
                    .appendElement("code").text(EXAMPLES[i]);
            tr.appendElement("td").text(labels.ui("syntax:" + (i + 1)));
        }

        Element topics = main.appendElement("section").attr("id", "topics");
        topics.appendElement("h2").text(labels.ui("help:topics"));
        topics.appendElement("p").text(labels.ui("topicsIntro"));
        Element dl = topics.appendElement("dl").addClass("facts");
        for (Topic t : Topic.values()) {
            dl.appendElement("dt").appendElement("a").attr("href", "/?topic=" + t.id()).text(labels.value("topic", t.id()));
            dl.appendElement("dd").text(labels.ui("topicdef:" + t.id()));
        }

        Element data = main.appendElement("section").attr("id", "data");
        data.appendElement("h2").text(labels.ui("help:data"));
        for (String k : new String[] {"data1", "data2", "data3", "data4"}) {
            data.appendElement("p").text(labels.ui(k));
        }
        data.appendElement("p").addClass("notice").text(labels.ui("officialPrevails"));
        data.appendElement("p").text(labels.ui("dataVersion") + ": " + dataVersion);

        Element api = main.appendElement("section").attr("id", "api");
        api.appendElement("h2").text(labels.ui("help:api"));
        api.appendElement("p").text(labels.ui("apiIntro"));
        Element ul = api.appendElement("ul");
        for (String e : ENDPOINTS) {
            Element li = ul.appendElement("li");
            if (e.contains("{")) {
                li.appendElement("code").text(e);
            } else {
                li.appendElement("a").attr("href", e).appendElement("code").text(e);
            }
        }
        return Layout.render(doc);
    }
}
