package org.milex.indexer.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.citation.Citations;
import org.milex.indexer.extract.Articles;

/**
 * One instrument as a search result: what its versions say together (every title, number and text, so any of
 * them finds it) and the facts shown for it (the catalog's when it has a record, else its principal version's).
 */
public record Instrument(
        String key,
        String title,
        String number,
        List<String> titles,
        List<String> numbers,
        Set<String> citations,
        String country,
        String type,
        String stage,
        List<String> topics,
        List<String> languages,
        Integer year,
        String date,
        String status,
        String currentTo,
        String catalogId,
        boolean hasText,
        String versionsEncoded,
        Map<String, List<String>> texts,
        Map<String, List<String>> headings,
        Map<String, String> summaries,
        Set<String> anchors,
        List<String> spelling) {

    /** Words of each text's head that feed "did you mean": enough for its vocabulary, bounded for long codes. */
    private static final int SPELLING_CHARS = 20_000;

    /** One version as the result lists it. */
    public record Version(String id, String kind, String source, String language, String contentType, String versionDate, String title) {
    }

    /**
     * @param versions the instrument's versions (files, and its catalog record's own document when it has one)
     * @param record   its catalog record, whose facts win
     */
    public static Instrument of(String key, List<MilexDocument> versions, Optional<CatalogRecord> record) {
        List<MilexDocument> texts = versions.stream().filter(v -> MilexDocument.TEXT.equals(v.kind())).toList();
        // the principal version: the longest full text (a consolidated code over its amending decree), else the record
        MilexDocument principal = texts.stream().max(Comparator.comparingInt(v -> v.text().length()))
                .orElse(versions.get(0));

        List<String> titles = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        Set<String> citations = new LinkedHashSet<>();
        record.ifPresent(r -> {
            add(titles, r.title());
            add(titles, r.titleEn());
            r.titlesOrEmpty().values().forEach(t -> add(titles, t));
            r.shortNamesOrEmpty().forEach(t -> add(titles, t));
            add(numbers, r.number());
            r.shortNamesOrEmpty().forEach(n -> citations.add(Citations.nameKey(n)));
        });
        for (MilexDocument v : versions) {
            add(titles, v.title());
            add(numbers, v.number());
            // an instrument's own citation opens its title ("Lei nº 13.445, de 24 de maio de 2017 — Institui …")
            Citations.find(v.title()).stream().filter(f -> f.start() == 0).forEach(f -> citations.add(f.key()));
        }
        numbers.forEach(n -> citations.addAll(Citations.keys(n)));

        Map<String, List<String>> textsByLanguage = new LinkedHashMap<>();
        Map<String, List<String>> headings = new LinkedHashMap<>();
        Set<String> anchors = new LinkedHashSet<>();
        Set<String> languages = new LinkedHashSet<>();
        List<String> spelling = new ArrayList<>();
        StringBuilder encoded = new StringBuilder();
        // the principal version is listed first: it is shown when no passage says which version matches best
        List<MilexDocument> ordered = new ArrayList<>(versions);
        ordered.remove(principal);
        ordered.add(0, principal);
        for (MilexDocument v : ordered) {
            if (MilexDocument.TEXT.equals(v.kind())) {
                textsByLanguage.computeIfAbsent(v.language(), k -> new ArrayList<>()).add(v.text());
                languages.add(v.language());
                spelling.add(v.text().substring(0, Math.min(v.text().length(), SPELLING_CHARS)));
            }
            for (Articles.Heading h : v.articles()) {
                headings.computeIfAbsent(v.language(), k -> new ArrayList<>()).add(h.label());
                anchors.add(h.anchor());
            }
            encoded.append(String.join("\t", v.id(), v.kind(), nz(v.source()), nz(v.language()), nz(v.contentType()),
                    nz(v.currentTo() != null ? v.currentTo() : v.date()), nz(v.title()).replace('\t', ' ').replace('\n', ' '))).append('\n');
        }
        Map<String, String> summaries = new LinkedHashMap<>();
        record.ifPresent(r -> {
            put(summaries, "en", r.summaryEn());
            put(summaries, "es", r.summaryEs());
            put(summaries, "pt", r.summaryPt());
            put(summaries, "fr", r.summaryFr());
        });
        if (texts.isEmpty()) {
            // a record alone: the facet says the language of its official text
            record.flatMap(r -> r.languagesOrEmpty().stream().filter(org.milex.indexer.extract.LanguageGuesser.KNOWN::contains).findFirst())
                    .ifPresentOrElse(languages::add, () -> languages.add("other"));
        }

        String status = record.map(CatalogRecord::status)
                .orElse(texts.stream().map(MilexDocument::status).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        String currentTo = texts.stream().map(MilexDocument::currentTo).filter(java.util.Objects::nonNull).max(String::compareTo).orElse(null);
        return new Instrument(key,
                record.map(CatalogRecord::title).orElse(principal.title()),
                record.map(CatalogRecord::number).orElse(principal.number()),
                titles, numbers, citations,
                record.map(CatalogRecord::country).orElse(principal.country()),
                record.map(CatalogRecord::type).orElse(principal.type()),
                principal.stage(),
                record.map(CatalogRecord::topicsOrEmpty).filter(t -> !t.isEmpty()).orElse(principal.topics()),
                List.copyOf(languages),
                record.map(CatalogRecord::year).orElse(principal.year()),
                record.map(r -> r.adopted() != null && r.adopted().length() == 10 ? r.adopted() : null).orElse(principal.date()),
                status, currentTo,
                record.map(CatalogRecord::id).orElse(null),
                !texts.isEmpty(), encoded.toString(), textsByLanguage, headings, summaries, anchors, spelling);
    }

    /** The versions listed under a hit, from {@link #versionsEncoded()}. */
    public static List<Version> decodeVersions(String encoded) {
        List<Version> out = new ArrayList<>();
        if (encoded == null) {
            return out;
        }
        for (String line : encoded.split("\n")) {
            String[] f = line.split("\t", 7);
            if (f.length == 7) {
                out.add(new Version(f[0], f[1], empty(f[2]), empty(f[3]), empty(f[4]), empty(f[5]), empty(f[6])));
            }
        }
        return out;
    }

    private static void add(List<String> list, String s) {
        if (s != null && !s.isBlank() && !list.contains(s)) {
            list.add(s);
        }
    }

    private static void put(Map<String, String> map, String lang, String s) {
        if (s != null && !s.isBlank()) {
            map.put(lang, s);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }
}
