package org.milex.indexer.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog: checked records of the migration law of the 35 states and of the international
 * instruments, the ratification matrix, and the join to full-text files. Bundled with MILEX (corpus/catalog
 * on the classpath), or read from a folder. Immutable once loaded.
 */
public final class Catalog {

    /** Where the bundled catalog sits on the classpath (the repository's corpus/catalog folder). */
    public static final String BUNDLED = "/corpus/catalog/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, CatalogRecord> records;
    private final List<RatificationGroup> ratifications;
    private final List<FullText> fullTexts;
    private final List<HistoryEvent> history;
    private final String fingerprint;
    private final String checkedUntil;

    private Catalog(List<CountryCatalog> files, List<RatificationGroup> ratifications, List<CountryHistory> histories,
                    List<FullText> fullTexts, String fingerprint) {
        Map<String, CatalogRecord> byId = new LinkedHashMap<>();
        for (CountryCatalog file : files) {
            for (CatalogRecord r : file.records()) {
                if (byId.putIfAbsent(r.id(), r) != null) {
                    throw new IllegalStateException("catalog: duplicate record id " + r.id());
                }
            }
        }
        this.records = Collections.unmodifiableMap(byId);
        this.ratifications = List.copyOf(ratifications);
        this.fullTexts = List.copyOf(fullTexts);
        List<HistoryEvent> events = new ArrayList<>();
        Map<String, String> countryOf = new LinkedHashMap<>();
        for (CountryHistory h : histories) {
            for (HistoryEvent e : h.events()) {
                events.add(e);
                countryOf.put(e.id(), h.country());
            }
        }
        events.sort(java.util.Comparator.comparing(HistoryEvent::date).thenComparing(HistoryEvent::id));
        this.history = List.copyOf(events);
        this.eventCountry = Collections.unmodifiableMap(countryOf);
        this.fingerprint = fingerprint;
        // the catalog is as current as the last date a status was checked on
        this.checkedUntil = byId.values().stream().map(CatalogRecord::statusChecked).filter(d -> d != null && !d.isBlank())
                .max(String::compareTo).orElse(null);
    }

    private final Map<String, String> eventCountry;

    /** The catalog bundled in the MILEX jar. */
    public static Catalog bundled() {
        return load(name -> Catalog.class.getResourceAsStream(BUNDLED + name));
    }

    /** A catalog folder laid out like corpus/catalog (with its catalog.json). */
    public static Catalog fromFolder(Path folder) {
        return load(name -> {
            Path p = folder.resolve(name);
            try {
                return Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                return null;
            }
        });
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static Catalog load(Opener opener) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            CatalogIndex index = JSON.readValue(read(opener, "catalog.json", digest), CatalogIndex.class);
            List<CountryCatalog> files = new ArrayList<>();
            for (String name : index.countries()) {
                files.add(JSON.readValue(read(opener, name, digest), CountryCatalog.class));
            }
            List<RatificationGroup> ratifications = new ArrayList<>();
            for (String name : index.ratifications()) {
                ratifications.add(JSON.readValue(read(opener, name, digest), RatificationGroup.class));
            }
            List<CountryHistory> histories = new ArrayList<>();
            for (String name : index.history() == null ? List.<String>of() : index.history()) {
                histories.add(JSON.readValue(read(opener, name, digest), CountryHistory.class));
            }
            List<FullText> fullTexts = index.fulltexts() == null ? List.of()
                    : List.of(JSON.readValue(read(opener, index.fulltexts(), digest), FullText[].class));
            return new Catalog(files, ratifications, histories, fullTexts, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("catalog could not be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Opener opener, String name, MessageDigest digest) throws IOException {
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                throw new NoSuchFileException("catalog file " + name);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(bytes);
            return bytes;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(name + ": " + e.getOriginalMessage(), e);
        }
    }

    public List<CatalogRecord> records() {
        return List.copyOf(records.values());
    }

    public Optional<CatalogRecord> record(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** The records of one state (or {@code INT}), in catalog order. */
    public List<CatalogRecord> recordsOf(String country) {
        return records.values().stream().filter(r -> r.country().equals(country)).toList();
    }

    public List<RatificationGroup> ratificationGroups() {
        return ratifications;
    }

    /** Every cell of the ratification matrix, across groups. */
    public List<Ratification> ratifications() {
        return ratifications.stream().flatMap(g -> g.entries().stream()).toList();
    }

    public List<FullText> fullTexts() {
        return fullTexts;
    }

    /** Every event of the legislative history, in date order. */
    public List<HistoryEvent> history() {
        return history;
    }

    /** The state an event belongs to. */
    public String countryOf(HistoryEvent e) {
        return eventCountry.get(e.id());
    }

    /**
     * The data version an export names, so that a figure can be traced back: the first 12 hex digits of the
     * catalog's fingerprint and the latest date on which a status was checked ("3f2a9c1b7d04 (2026-12-01)").
     */
    public String dataVersion() {
        return fingerprint.substring(0, 12) + (checkedUntil == null ? "" : " (" + checkedUntil + ")");
    }

    /** SHA-256 over every file read: changes whenever the catalog does, so a stale index can be rebuilt. */
    public String fingerprint() {
        return fingerprint;
    }
}
