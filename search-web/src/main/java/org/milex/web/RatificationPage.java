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

    static String render(Catalog catalog, Labels labels) {
        Document doc = Layout.page(labels.ui("ratifications"), labels, "");
        Element main = Layout.main(doc).addClass("ratifications");
        main.appendElement("h1").text(labels.ui("ratifications"));
        main.appendElement("p").text("Each cell: year of ratification (r), accession (a), succession (d) or definitive signature (s); "
                + "“s.” alone = signed only; R = reservations or declarations; ✕ = checked, not a party; × = denounced; blank = not checked. "
                + "Hover a cell for the dates and the page the fact was checked against.");
        List<String> treaties = treaties(catalog);
        Map<String, Ratification> cells = catalog.ratifications().stream()
                .collect(Collectors.toMap(r -> r.treaty() + "|" + r.country(), r -> r, (a, b) -> a));
        Element scroll = main.appendElement("div").addClass("matrix-scroll");
        Element table = scroll.appendElement("table").addClass("matrix").attr("id", "matrix");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(labels.ui("country"));
        for (String t : treaties) {
            CatalogRecord r = catalog.record(t).orElse(null);
            head.appendElement("th").attr("scope", "col").attr("title", r == null ? t : r.titleEn())
                    .appendElement("a").attr("href", "/documents/" + QueryString.enc(t)).text(shortName(t));
        }
        Element body = table.appendElement("tbody");
        for (Country c : Country.states()) {
            Element tr = body.appendElement("tr").attr("data-country", c.code());
            tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "/countries/" + c.code()).text(c.name(labels.code()));
            for (String t : treaties) {
                Element td = tr.appendElement("td").attr("data-treaty", t);
                Ratification r = cells.get(t + "|" + c.code());
                if (r != null) {
                    cell(td, r);
                }
            }
        }
        return Layout.render(doc);
    }

    private static void cell(Element td, Ratification r) {
        StringBuilder title = new StringBuilder();
        if (r.signed() != null) {
            title.append("signed ").append(r.signed()).append("; ");
        }
        if (r.consent() != null) {
            title.append(r.consentType() == null ? "consent" : r.consentType()).append(' ').append(r.consent()).append("; ");
        }
        if (r.denounced() != null) {
            title.append("denounced ").append(r.denounced()).append("; ");
        }
        if (r.reservationNote() != null) {
            title.append(r.reservationNote()).append("; ");
        }
        title.append("checked: ").append(r.checked());
        td.attr("title", title.toString());
        if (r.denounced() != null) {
            td.addClass("denounced").text("× " + r.denounced().substring(0, 4));
        } else if (r.consent() != null) {
            td.addClass("party").text(r.consent().substring(0, 4) + " " + mark(r.consentType())
                    + (Boolean.TRUE.equals(r.reservations()) ? " R" : ""));
        } else if (r.signed() != null) {
            td.addClass("signed").text("s. " + r.signed().substring(0, 4));
        } else {
            td.addClass("no").text("✕");
        }
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
