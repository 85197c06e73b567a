package org.milex.indexer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milex.indexer.classify.Country;

/**
 * Every catalog file against its JSON Schema (corpus/catalog/schema), and the rules a schema cannot say:
 * unique ids, relations to records that exist, real calendar dates, summaries of 60–150 words, every
 * state covered, a sound ratification matrix.
 */
class CatalogSchemaTest {

    static final Path CATALOG = Path.of(System.getProperty("user.dir")).resolve("../corpus/catalog").normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.fromFolder(CATALOG);
    }

    @Test
    void everyFileMatchesItsSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema records = factory.getSchema(Files.readString(CATALOG.resolve("schema/record.schema.json")));
        JsonSchema ratifications = factory.getSchema(Files.readString(CATALOG.resolve("schema/ratifications.schema.json")));
        List<String> errors = new ArrayList<>();
        for (Path file : dataFiles("countries", "international")) {
            for (ValidationMessage m : records.validate(JSON.readTree(file.toFile()))) {
                errors.add(CATALOG.relativize(file) + ": " + m.getMessage());
            }
        }
        for (Path file : dataFiles("ratifications")) {
            for (ValidationMessage m : ratifications.validate(JSON.readTree(file.toFile()))) {
                errors.add(CATALOG.relativize(file) + ": " + m.getMessage());
            }
        }
        JsonSchema history = factory.getSchema(Files.readString(CATALOG.resolve("schema/history.schema.json")));
        for (Path file : dataFiles("history")) {
            for (ValidationMessage m : history.validate(JSON.readTree(file.toFile()))) {
                errors.add(CATALOG.relativize(file) + ": " + m.getMessage());
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theIndexFileListsEveryDataFile() throws IOException {
        JsonNode index = JSON.readTree(CATALOG.resolve("catalog.json").toFile());
        Set<String> listed = new HashSet<>();
        index.get("countries").forEach(n -> listed.add(n.asText()));
        index.get("ratifications").forEach(n -> listed.add(n.asText()));
        index.get("history").forEach(n -> listed.add(n.asText()));
        Set<String> present = new HashSet<>();
        for (Path f : dataFiles("countries", "international", "ratifications", "history")) {
            present.add(CATALOG.relativize(f).toString().replace('\\', '/'));
        }
        assertEquals(present, listed, "catalog.json must list exactly the data files present");
    }

    @Test
    void recordsAreConsistent() {
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CatalogRecord r : catalog.records()) {
            String at = r.id() + ": ";
            if (!ids.add(r.id())) {
                errors.add(at + "duplicate id");
            }
            if (!Country.isCode(r.country())) {
                errors.add(at + "unknown country " + r.country());
            }
            if (!r.id().startsWith(r.country().toLowerCase() + "-")) {
                errors.add(at + "id should start with the country code");
            }
            for (String date : new String[] {r.adopted(), r.published(), r.inForce(), r.statusChecked()}) {
                if (date != null && !validDate(date)) {
                    errors.add(at + "not a calendar date: " + date);
                }
            }
            if (!r.isAbsence()) {
                words(errors, at + "summary_en", r.summaryEn());
                words(errors, at + "summary_es", r.summaryEs());
                if (r.summaryEn() != null && r.summaryEn().equals(r.summaryEs())) {
                    errors.add(at + "the two summaries are identical");
                }
            }
            for (Map.Entry<String, List<String>> rel : r.relationsOrEmpty().entrySet()) {
                for (String target : rel.getValue()) {
                    if (catalog.record(target).isEmpty()) {
                        errors.add(at + rel.getKey() + " points to unknown id " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void everyStateHasItsMigrationAsylumTraffickingAndNationalityLaw() {
        List<String> gaps = new ArrayList<>();
        for (Country c : Country.states()) {
            Set<String> categories = new HashSet<>();
            catalog.recordsOf(c.code()).forEach(r -> categories.add(r.category()));
            for (String needed : List.of("migration", "asylum", "trafficking", "nationality")) {
                if (!categories.contains(needed)) {
                    gaps.add(c.code() + " lacks a '" + needed + "' record (or a record of its absence)");
                }
            }
        }
        assertEquals(List.of(), gaps);
        assertEquals(35, Country.states().size());
    }

    @Test
    void atLeastTwentyFiveInternationalInstruments() {
        assertTrue(catalog.recordsOf("INT").size() >= 25, "INT records: " + catalog.recordsOf("INT").size());
        for (String required : List.of("int-refugee-convention-1951", "int-refugee-protocol-1967", "int-statelessness-convention-1954",
                "int-statelessness-reduction-convention-1961", "int-migrant-workers-convention-1990", "int-trafficking-protocol-2000",
                "int-smuggling-protocol-2000", "int-untoc-2000", "int-crc-1989", "int-iccpr-1966", "int-cat-1984", "int-cedaw-1979",
                "int-achr-1969", "int-belem-do-para-1994", "int-caracas-territorial-asylum-1954", "int-caracas-diplomatic-asylum-1954",
                "int-cartagena-declaration-1984", "int-mexico-plan-of-action-2004", "int-brazil-declaration-2014",
                "int-global-compact-migration-2018", "int-global-compact-refugees-2018", "int-ilo-c097-1949", "int-ilo-c143-1975",
                "int-vccr-1963", "int-mercosur-residence-agreement-2002")) {
            assertTrue(catalog.record(required).isPresent(), required);
        }
    }

    @Test
    void theRatificationMatrixIsSound() {
        List<String> errors = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (RatificationGroup g : catalog.ratificationGroups()) {
            for (String t : g.treaties()) {
                if (catalog.record(t).map(r -> !r.country().equals("INT")).orElse(true)) {
                    errors.add("treaty " + t + " is not an international record");
                }
            }
            for (Ratification r : g.entries()) {
                String at = r.treaty() + "/" + r.country() + ": ";
                if (!g.treaties().contains(r.treaty())) {
                    errors.add(at + "treaty not declared in its file");
                }
                if (!Country.isCode(r.country()) || r.country().equals("INT")) {
                    errors.add(at + "not a member state");
                }
                if (!cells.add(r.treaty() + "|" + r.country())) {
                    errors.add(at + "given twice");
                }
                for (String d : new String[] {r.signed(), r.consent(), r.denounced()}) {
                    if (d != null && !validDate(d)) {
                        errors.add(at + "not a calendar date: " + d);
                    }
                }
                if (r.consent() != null && r.signed() != null && r.consent().compareTo(r.signed()) < 0) {
                    errors.add(at + "consent before signature");
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void fullTextJoinsPointToRecords() {
        for (FullText ft : catalog.fullTexts()) {
            assertTrue(catalog.record(ft.record()).isPresent(), ft.record());
            for (FullText.File f : ft.files()) {
                assertTrue(f.sha256().matches("[0-9a-f]{64}"), f.name());
            }
        }
    }

    /**
     * The legislative history: unique ids, real dates, each file its state's, events that name records which
     * exist, and enough of it for trends (400 events besides ratifications, 5 a state, 15 for the ten states
     * with the most migration law).
     */
    @Test
    void theHistoryIsSoundAndBigEnoughForTrends() throws IOException {
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> perState = new java.util.TreeMap<>();
        for (Path file : dataFiles("history")) {
            String state = file.getFileName().toString().replace(".json", "");
            JsonNode h = JSON.readTree(file.toFile());
            if (!h.get("country").asText().equals(state)) {
                errors.add(file.getFileName() + ": country " + h.get("country").asText());
            }
        }
        for (HistoryEvent e : catalog.history()) {
            String at = e.id() + ": ";
            if (!ids.add(e.id())) {
                errors.add(at + "duplicate id");
            }
            if (!validDate(e.date())) {
                errors.add(at + "not a date: " + e.date());
            }
            if (e.instrument() != null && catalog.record(e.instrument()).isEmpty()) {
                errors.add(at + "no record " + e.instrument());
            }
            if (e.act() != null && e.act().id() != null && catalog.record(e.act().id()).isEmpty()) {
                errors.add(at + "no record for the act " + e.act().id());
            }
            perState.merge(catalog.countryOf(e), 1, Integer::sum);
        }
        assertEquals(List.of(), errors);
        assertTrue(catalog.history().size() >= 400, "events: " + catalog.history().size());
        for (Country c : Country.states()) {
            int floor = Set.of("AR", "BR", "CA", "CL", "CO", "EC", "MX", "PE", "US", "VE").contains(c.code()) ? 15 : 5;
            assertTrue(perState.getOrDefault(c.code(), 0) >= floor, c.code() + " has " + perState.get(c.code()) + " events, under " + floor);
        }
    }

    @Test
    void theBundledCatalogIsTheRepositorysOne() {
        assertEquals(catalog.fingerprint(), Catalog.bundled().fingerprint());
    }

    private static void words(List<String> errors, String what, String text) {
        int n = text == null ? 0 : text.strip().split("\\s+").length;
        if (n < 60 || n > 150) {
            errors.add(what + " has " + n + " words (60-150)");
        }
    }

    private static boolean validDate(String d) {
        try {
            if (d.length() == 10) {
                LocalDate.parse(d);
            } else if (d.length() == 7) {
                LocalDate.parse(d + "-01");
            } else if (!d.matches("\\d{4}")) {
                return false;
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<Path> dataFiles(String... folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> s = Files.list(CATALOG.resolve(folder))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
