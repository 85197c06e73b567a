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
    private final String fingerprint;

    private Catalog(List<CountryCatalog> files, List<RatificationGroup> ratifications, List<FullText> fullTexts, String fingerprint) {
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
        this.fingerprint = fingerprint;
    }

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
            List<FullText> fullTexts = index.fulltexts() == null ? List.of()
                    : List.of(JSON.readValue(read(opener, index.fulltexts(), digest), FullText[].class));
            return new Catalog(files, ratifications, fullTexts, HexFormat.of().formatHex(digest.digest()));
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

    /** SHA-256 over every file read: changes whenever the catalog does, so a stale index can be rebuilt. */
    public String fingerprint() {
        return fingerprint;
    }
}
