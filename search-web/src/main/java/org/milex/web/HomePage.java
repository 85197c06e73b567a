package org.milex.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The home page: what MILEX is and covers, for whom, example searches for each of its three kinds of user,
 * and the ways into the data (countries, trends, the map, the ratification matrix).
 */
final class HomePage {

    private HomePage() {
    }

    record Figures(long instruments, long records, long events, long ratifications) {
    }

    static String render(Figures f, Labels labels) {
        Document doc = Layout.page(labels.ui("homeTitle"), labels, "");
        Element main = Layout.main(doc).addClass("home");
        main.appendElement("h1").text(labels.ui("homeTitle"));
        main.appendElement("p").addClass("lead").text(labels.ui("homeLead"));
        main.appendElement("p").text(labels.ui("homeFigures", f.instruments(), f.records(), f.events(), f.ratifications()));
        Element grid = main.appendElement("div").addClass("audiences");
        audience(grid, labels.ui("forLawyers"), labels.ui("forLawyersText"), labels, new String[][] {
                {"/?q=" + QueryString.enc("SOR/2002-227"), "SOR/2002-227"},
                {"/?q=" + QueryString.enc("Ley 25.871 art. 17"), "Ley 25.871 art. 17"},
                {"/?q=" + QueryString.enc("IRPA s. 97"), "IRPA s. 97"},
                {"/?q=" + QueryString.enc("\"no devolución\""), "\"no devolución\""},
                {"/?q=" + QueryString.enc("asilo /a detención"), "asilo /a detención"}});
        audience(grid, labels.ui("forOmbudspersons"), labels.ui("forOmbudspersonsText"), labels, new String[][] {
                {"/?topic=children&lang=es", labels.ui("exChildren")},
                {"/?q=" + QueryString.enc("detención migratoria") + "&country=MX", labels.ui("exDetention")},
                {"/?topic=trafficking&status=in-force", labels.ui("exTrafficking")},
                {"/?q=" + QueryString.enc("regularización") + "&sort=date", labels.ui("exRegularisation")}});
        audience(grid, labels.ui("forResearchers"), labels.ui("forResearchersText"), labels, new String[][] {
                {"/trends?q=trata&country=MX&country=GT&country=HN&from=2000&by=kind", labels.ui("exTrends")},
                {"/map?mode=ratification&treaty=int-refugee-convention-1951", labels.ui("exMap")},
                {"/compare?country=AR&country=BR&topic=asylum-refugees", labels.ui("exCompare")},
                {"/codebook", labels.ui("exPanel")}});
        Element ways = main.appendElement("section").addClass("ways");
        ways.appendElement("h2").text(labels.ui("waysIn"));
        Element ul = ways.appendElement("ul");
        for (String[] w : new String[][] {{"/countries", "countries"}, {"/trends", "trends"}, {"/map", "map"},
                {"/ratifications", "ratifications"}, {"/?sort=date", "allDocuments"}, {"/help", "help"}}) {
            ul.appendElement("li").appendElement("a").attr("href", w[0]).text(labels.ui(w[1]));
        }
        return Layout.render(doc);
    }

    private static void audience(Element grid, String title, String text, Labels labels, String[][] examples) {
        Element s = grid.appendElement("section").addClass("audience");
        s.appendElement("h2").text(title);
        s.appendElement("p").text(text);
        Element ul = s.appendElement("ul").addClass("examples").attr("aria-label", labels.ui("examples"));
        for (String[] e : examples) {
            ul.appendElement("li").appendElement("a").attr("href", e[0]).text(e[1]);
        }
    }
}
