package org.milex.web;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.Ratification;
import org.milex.indexer.classify.Country;

/** The list of the 35 states, and one page per state listing its instruments and treaty commitments. */
final class CountryPages {

    private static final List<String> CATEGORIES = List.of("migration", "asylum", "trafficking", "nationality", "regulation", "other");

    private CountryPages() {
    }

    static String list(Catalog catalog, Map<String, Long> documents, Labels labels) {
        Document doc = Layout.page(labels.ui("countries"), labels, "");
        Element main = Layout.main(doc).addClass("countries");
        main.appendElement("h1").text(labels.ui("countries"));
        Element body = Layout.table(main, labels.ui("countries"),
                List.of(labels.ui("country"), labels.ui("catalogRecords"), labels.ui("indexedDocuments")));
        body.parent().addClass("country-list");
        List<Country> all = new java.util.ArrayList<>(Country.states());
        all.add(Country.international());
        for (Country c : all) {
            Element tr = body.appendElement("tr").attr("data-country", c.code());
            tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "/countries/" + c.code()).text(c.name(labels.code()));
            tr.appendElement("td").text(String.valueOf(catalog.recordsOf(c.code()).stream().filter(r -> !r.isAbsence()).count()));
            tr.appendElement("td").appendElement("a").attr("href", "/?country=" + c.code())
                    .attr("aria-label", labels.ui("nDocumentsOf", documents.getOrDefault(c.code(), 0L), c.name(labels.code())))
                    .text(String.valueOf(documents.getOrDefault(c.code(), 0L)));
        }
        return Layout.render(doc);
    }

    static String country(Country country, Catalog catalog, long documents, Labels labels) {
        Document doc = Layout.page(country.name(labels.code()), labels, "");
        Element main = Layout.main(doc).addClass("country");
        main.appendElement("h1").text(country.name(labels.code()));
        Element links = main.appendElement("p");
        links.appendElement("a").attr("href", "/?country=" + country.code()).text(labels.ui("documentsOfCountry", documents));
        if (!country.code().equals("INT")) {
            links.appendText(" · ");
            links.appendElement("a").attr("href", "/trends?country=" + country.code() + "&by=kind").text(labels.ui("trends"));
        }
        List<CatalogRecord> records = catalog.recordsOf(country.code());
        List<String> categories = country.code().equals("INT") ? List.of("international") : CATEGORIES;
        for (String category : categories) {
            List<CatalogRecord> in = records.stream().filter(r -> category.equals(r.category())).toList();
            if (in.isEmpty()) {
                continue;
            }
            Element section = main.appendElement("section").addClass("category").attr("data-category", category);
            section.appendElement("h2").text(labels.ui("category:" + category));
            Element ul = section.appendElement("ul").addClass("instruments");
            for (CatalogRecord r : in) {
                Element li = ul.appendElement("li").attr("data-record", r.id());
                if (r.isAbsence()) {
                    li.addClass("absent");
                    li.appendElement("strong").text(labels.ui("noInstrument"));
                    li.appendText(" — ");
                    li.appendElement("span").attr("lang", "en").text(r.note());
                    continue;
                }
                String title = r.titles() != null && r.titles().get(labels.code()) != null ? r.titles().get(labels.code()) : r.title();
                li.appendElement("a").attr("href", "/documents/" + QueryString.enc(r.id()))
                        .attr("lang", r.languagesOrEmpty().size() == 1 ? r.languagesOrEmpty().get(0) : "").text(title);
                String meta = String.join(" · ", java.util.stream.Stream.of(r.number(), r.adopted(), labels.value("status", r.status()))
                        .filter(x -> x != null && !x.isBlank()).toList());
                li.appendElement("span").addClass("meta").text(" " + meta);
            }
        }
        if (!country.code().equals("INT")) {
            treaties(main, country, catalog, labels);
        }
        return Layout.render(doc);
    }

    private static void treaties(Element main, Country country, Catalog catalog, Labels labels) {
        List<Ratification> cells = catalog.ratifications().stream().filter(r -> r.country().equals(country.code())).toList();
        if (cells.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("treaties");
        section.appendElement("h2").text(labels.ui("treaties"));
        Element body = Layout.table(section, labels.ui("treaties"),
                List.of("treaty", "ratSigned", "ratConsent", "ratReservations", "ratSource").stream().map(labels::ui).toList());
        for (Ratification r : cells) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "/ratifications?treaty=" + QueryString.enc(r.treaty()) + "#" + r.country())
                    .text(MapPage.treatyName(catalog, r.treaty(), labels));
            tr.appendElement("td").text(r.signed() == null ? "—" : r.signed());
            tr.appendElement("td").text(r.consent() == null ? labels.ui("notParty")
                    : r.consent() + (r.consentType() == null ? "" : " (" + labels.ui("consent:" + r.consentType()) + ")")
                    + (r.denounced() == null ? "" : "; " + labels.ui("ratDenounced") + " " + r.denounced()));
            tr.appendElement("td").text(r.reservations() == null ? "—" : r.reservations() ? labels.ui("yes") : labels.ui("no"));
            tr.appendElement("td").text(r.source() == null ? "—" : r.source() + (r.asOf() == null ? "" : " (" + r.asOf() + ")"));
        }
    }
}
