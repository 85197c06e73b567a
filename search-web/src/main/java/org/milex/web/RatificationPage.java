package org.milex.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.Ratification;
import org.milex.indexer.classify.Country;

/** The ratification matrix: the 35 states down, the treaties across, each cell the state's act and year. */
final class RatificationPage {

    private RatificationPage() {
    }

    /** Treaty ids in catalog order, for every treaty that has cells. */
    static List<String> treaties(Catalog catalog) {
        Set<String> ids = new LinkedHashSet<>();
        catalog.ratificationGroups().forEach(g -> ids.addAll(g.treaties()));
        List<String> order = catalog.recordsOf("INT").stream().map(CatalogRecord::id).toList();
        return ids.stream().sorted((a, b) -> Integer.compare(position(order, a), position(order, b))).toList();
    }

    private static int position(List<String> order, String id) {
        int i = order.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * The matrix, and under it, for the treaty chosen ({@code treaty}), every state's cell in full: dates, kind
     * of consent, reservations, the source and how current it is, the page it was read from. Every cell links to
     * its line there, so that the source is one click or key press away, on a phone as with a mouse.
     */
    static String render(Catalog catalog, String treaty, Labels labels) {
        Document doc = Layout.page(labels.ui("ratifications"), labels, "");
        Element main = Layout.main(doc).addClass("ratifications");
        main.appendElement("h1").text(labels.ui("ratifications"));
        main.appendElement("p").text(labels.ui("ratIntro"));
        Element legend = main.appendElement("ul").addClass("scale");
        legend.appendElement("li").text(labels.ui("ratLegendParty"));
        legend.appendElement("li").text(labels.ui("ratLegendSigned"));
        legend.appendElement("li").text(labels.ui("ratLegendNo"));
        legend.appendElement("li").text(labels.ui("ratLegendDenounced"));
        legend.appendElement("li").text(labels.ui("ratLegendBlank"));
        List<String> treaties = treaties(catalog);
        Map<String, Ratification> cells = catalog.ratifications().stream()
                .collect(Collectors.toMap(r -> r.treaty() + "|" + r.country(), r -> r, (x, y) -> x));
        Element scroll = main.appendElement("div").addClass("matrix-scroll").attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", labels.ui("ratifications"));
        Element table = scroll.appendElement("table").addClass("matrix").attr("id", "matrix");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(labels.ui("country"));
        for (String t : treaties) {
            Element a = head.appendElement("th").attr("scope", "col")
                    .appendElement("a").attr("href", "/ratifications?treaty=" + QueryString.enc(t) + "#detail").text(shortName(t));
            a.appendElement("span").addClass("visually-hidden").text(": " + MapPage.treatyName(catalog, t, labels));
        }
        Element body = table.appendElement("tbody");
        for (Country c : Country.states()) {
            Element tr = body.appendElement("tr").attr("data-country", c.code());
            tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "/countries/" + c.code()).text(c.name(labels.code()));
            for (String t : treaties) {
                Element td = tr.appendElement("td").attr("data-treaty", t);
                Ratification r = cells.get(t + "|" + c.code());
                if (r != null) {
                    cell(td, r, labels).attr("href", "/ratifications?treaty=" + QueryString.enc(t) + "#" + c.code());
                }
            }
        }
        if (treaty != null) {
            detail(main, catalog, treaty, cells, labels);
        }
        return Layout.render(doc);
    }

    private static void detail(Element main, Catalog catalog, String treaty, Map<String, Ratification> cells, Labels labels) {
        Element section = main.appendElement("section").attr("id", "detail").addClass("treaty-detail");
        section.appendElement("h2").appendElement("a").attr("href", "/documents/" + QueryString.enc(treaty)).text(MapPage.treatyName(catalog, treaty, labels));
        Element scroll = section.appendElement("div").addClass("table-scroll").attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", labels.ui("ratSources"));
        Element table = scroll.appendElement("table").addClass("sources");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String col : List.of("country", "ratSigned", "ratConsent", "ratReservations", "ratDenounced", "ratSource", "ratAsOf", "ratChecked")) {
            head.appendElement("th").attr("scope", "col").text(labels.ui(col));
        }
        Element body = table.appendElement("tbody");
        for (Country c : Country.states()) {
            Ratification r = cells.get(treaty + "|" + c.code());
            Element tr = body.appendElement("tr").attr("id", c.code()).attr("data-country", c.code());
            tr.appendElement("th").attr("scope", "row").text(c.name(labels.code()));
            if (r == null) {
                tr.appendElement("td").attr("colspan", "7").text(labels.ui("ratNotChecked"));
                continue;
            }
            tr.appendElement("td").text(orDash(r.signed()));
            tr.appendElement("td").text(r.consent() == null ? labels.ui("ratNoConsent")
                    : r.consent() + (r.consentType() == null ? "" : " (" + labels.ui("consent:" + r.consentType()) + ")"));
            tr.appendElement("td").text(r.reservations() == null ? "—" : r.reservations()
                    ? labels.ui("yes") + (r.reservationNote() == null ? "" : ": " + r.reservationNote()) : labels.ui("no"));
            tr.appendElement("td").text(orDash(r.denounced()));
            Element source = tr.appendElement("td").text(orDash(r.source()));
            if (r.note() != null && !r.note().isBlank()) {
                source.appendElement("p").addClass("note").text(r.note());
            }
            tr.appendElement("td").text(orDash(r.asOf()));
            Element checked = tr.appendElement("td");
            if (r.checked() != null) {
                checked.appendElement("a").attr("href", r.checked()).attr("rel", "noopener").text(host(r.checked()));
            }
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** A cell's text, a link to its line in the detail table: a year and a letter, never a symbol alone. */
    private static Element cell(Element td, Ratification r, Labels labels) {
        Element a = td.appendElement("a");
        if (r.denounced() != null) {
            td.addClass("denounced");
            a.text(labels.ui("ratDen") + " " + r.denounced().substring(0, 4));
        } else if (r.consent() != null) {
            td.addClass("party");
            a.text(r.consent().substring(0, 4) + " " + mark(r.consentType()) + (Boolean.TRUE.equals(r.reservations()) ? " R" : ""));
        } else if (r.signed() != null) {
            td.addClass("signed");
            a.text("s. " + r.signed().substring(0, 4));
        } else {
            td.addClass("no");
            a.text(labels.ui("no"));
        }
        return a;
    }

    private static String mark(String consentType) {
        if (consentType == null) {
            return "";
        }
        return switch (consentType) {
            case "accession" -> "a";
            case "succession" -> "d";
            case "signature" -> "s";
            case "ratification" -> "r";
            default -> consentType.substring(0, 1);
        };
    }

    static String shortName(String treatyId) {
        return switch (treatyId) {
            case "int-refugee-convention-1951" -> "Refugees 1951";
            case "int-refugee-protocol-1967" -> "Protocol 1967";
            case "int-statelessness-convention-1954" -> "Stateless 1954";
            case "int-statelessness-reduction-convention-1961" -> "Statelessness 1961";
            case "int-migrant-workers-convention-1990" -> "Migrant Workers 1990";
            case "int-untoc-2000" -> "UNTOC 2000";
            case "int-trafficking-protocol-2000" -> "Trafficking Prot.";
            case "int-smuggling-protocol-2000" -> "Smuggling Prot.";
            case "int-iccpr-1966" -> "ICCPR";
            case "int-icescr-1966" -> "ICESCR";
            case "int-cerd-1965" -> "CERD";
            case "int-cat-1984" -> "CAT";
            case "int-cedaw-1979" -> "CEDAW";
            case "int-crc-1989" -> "CRC";
            case "int-achr-1969" -> "American Conv.";
            case "int-belem-do-para-1994" -> "Belém do Pará";
            case "int-caracas-territorial-asylum-1954" -> "Territorial Asylum";
            case "int-caracas-diplomatic-asylum-1954" -> "Diplomatic Asylum";
            case "int-ilo-c097-1949" -> "ILO C97";
            case "int-ilo-c143-1975" -> "ILO C143";
            case "int-ilo-c189-2011" -> "ILO C189";
            case "int-vccr-1963" -> "Consular Rel.";
            case "int-mercosur-residence-agreement-2002" -> "MERCOSUR Res.";
            default -> treatyId.replaceFirst("^int-", "");
        };
    }
}
