package org.milex.web;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.classify.Topic;

/** /codebook: what each column of the panel export means, and how it is counted. */
final class CodebookPage {

    static final String[] VARIABLES = {"country", "year", "topic", "documents", "events", "data_version"};

    private CodebookPage() {
    }

    static String render(String dataVersion, Labels labels) {
        Document doc = Layout.page(labels.ui("codebookTitle"), labels, "");
        Element main = Layout.main(doc).addClass("codebook");
        main.appendElement("h1").text(labels.ui("codebookTitle"));
        main.appendElement("p").text(labels.ui("codebookIntro"));
        main.appendElement("p").appendElement("code").text("/api/trends?format=panel&topic=trafficking&from=2000");
        Element body = Layout.table(main, labels.ui("codebookTitle"), List.of(labels.ui("variable"), labels.ui("meaning")));
        for (String v : VARIABLES) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").appendElement("code").text(v);
            tr.appendElement("td").text(labels.ui("var:" + v));
        }
        main.appendElement("h2").text(labels.ui("topic"));
        Element dl = main.appendElement("dl").addClass("facts");
        for (Topic t : Topic.values()) {
            dl.appendElement("dt").appendElement("code").text(t.id());
            dl.appendElement("dd").text(labels.value("topic", t.id()));
        }
        main.appendElement("p").text(labels.ui("dataVersion") + ": " + dataVersion);
        return Layout.render(doc);
    }
}
