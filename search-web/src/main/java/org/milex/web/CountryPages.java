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
    private static final Map<String, String> CATEGORY_NAMES = Map.of(
            "migration", "Migration and foreigners / Migración y extranjería",
            "asylum", "Asylum and refugees / Asilo y refugio",
            "trafficking", "Trafficking in persons / Trata de personas",
            "nationality", "Nationality / Nacionalidad",
            "regulation", "Implementing regulation / Reglamento",
            "other", "Other instruments / Otros instrumentos");

    private CountryPages() {
    }

    static String list(Catalog catalog, Map<String, Long> documents, Labels labels) {
        Document doc = Layout.page(labels.ui("countries"), labels, "");
        Element main = Layout.main(doc).addClass("countries");
        main.appendElement("h1").text(labels.ui("countries"));
        Element table = main.appendElement("table").addClass("country-list");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(labels.ui("country"));
        head.appendElement("th").text("Catalog records");
        head.appendElement("th").text("Documents in the index");
        Element body = table.appendElement("tbody");
        for (Country c : Country.states()) {
            Element tr = body.appendElement("tr").attr("data-country", c.code());
            tr.appendElement("td").appendElement("a").attr("href", "/countries/" + c.code()).text(c.name(labels.code()));
            tr.appendElement("td").text(String.valueOf(catalog.recordsOf(c.code()).stream().filter(r -> !r.isAbsence()).count()));
            tr.appendElement("td").appendElement("a").attr("href", "/?country=" + c.code())
                    .text(String.valueOf(documents.getOrDefault(c.code(), 0L)));
        }
        Element tr = body.appendElement("tr").attr("data-country", "INT");
        tr.appendElement("td").appendElement("a").attr("href", "/countries/INT").text(Country.international().name(labels.code()));
        tr.appendElement("td").text(String.valueOf(catalog.recordsOf("INT").size()));
        tr.appendElement("td").appendElement("a").attr("href", "/?country=INT").text(String.valueOf(documents.getOrDefault("INT", 0L)));
        return Layout.render(doc);
    }

    static String country(Country country, Catalog catalog, long documents, Labels labels) {
        Document doc = Layout.page(country.name(labels.code()), labels, "");
        Element main = Layout.main(doc).addClass("country");
        main.appendElement("h1").text(country.name(labels.code()));
        main.appendElement("p").appendElement("a").attr("href", "/?country=" + country.code())
                .text(documents + " documents in the index — search them");
        List<CatalogRecord> records = catalog.recordsOf(country.code());
        List<String> categories = country.code().equals("INT") ? List.of("international") : CATEGORIES;
        for (String category : categories) {
            List<CatalogRecord> in = records.stream().filter(r -> category.equals(r.category())).toList();
            if (in.isEmpty()) {
                continue;
            }
            Element section = main.appendElement("section").addClass("category").attr("data-category", category);
            section.appendElement("h2").text(CATEGORY_NAMES.getOrDefault(category, "International and inter-American instruments"));
            Element ul = section.appendElement("ul").addClass("instruments");
            for (CatalogRecord r : in) {
                Element li = ul.appendElement("li").attr("data-record", r.id());
                if (r.isAbsence()) {
                    li.addClass("absent");
                    li.appendElement("strong").text("No dedicated instrument / Sin instrumento específico");
                    li.appendText(" — " + r.note());
                    continue;
                }
                li.appendElement("a").attr("href", "/documents/" + QueryString.enc(r.id())).text(r.title());
                StringBuilder meta = new StringBuilder();
                if (r.number() != null) {
                    meta.append(r.number());
                }
                if (r.adopted() != null) {
                    meta.append(meta.isEmpty() ? "" : " · ").append(r.adopted());
                }
                if (r.status() != null) {
                    meta.append(meta.isEmpty() ? "" : " · ").append(r.status());
                }
                li.appendElement("span").addClass("meta").text(" " + meta);
                if (r.titleEn() != null && !r.titleEn().equals(r.title())) {
                    li.appendElement("div").addClass("title-en").text(r.titleEn());
                }
            }
        }
        if (!country.code().equals("INT")) {
            treaties(main, country, catalog);
        }
        return Layout.render(doc);
    }

    private static void treaties(Element main, Country country, Catalog catalog) {
        List<Ratification> cells = catalog.ratifications().stream().filter(r -> r.country().equals(country.code())).toList();
        if (cells.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("treaties");
        section.appendElement("h2").text("Treaties / Tratados");
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Treaty", "Signed", "Consent", "Reservations", "Note")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Ratification r : cells) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", "/documents/" + QueryString.enc(r.treaty()))
                    .text(catalog.record(r.treaty()).map(CatalogRecord::titleEn).orElse(r.treaty()));
            tr.appendElement("td").text(r.signed() == null ? "" : r.signed());
            tr.appendElement("td").text(r.consent() == null ? "not a party" : r.consent() + (r.consentType() == null ? "" : " (" + r.consentType() + ")")
                    + (r.denounced() == null ? "" : "; denounced " + r.denounced()));
            tr.appendElement("td").text(r.reservations() == null ? "?" : r.reservations() ? "yes" : "no");
            tr.appendElement("td").text(r.reservationNote() == null ? "" : r.reservationNote());
        }
    }
}
