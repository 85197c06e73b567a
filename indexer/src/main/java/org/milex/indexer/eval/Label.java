package org.milex.indexer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled document of corpus/labels/classification.tsv: what a careful reader found in it. A field holds
 * the acceptable answers ({@code a|b}: either is right), or is {@link #NOT_SCORED} ({@code -}).
 */
public record Label(String path, String split, Set<String> country, Set<String> type, String stage, Set<String> year,
                    Set<String> language, Set<String> topics, String title) {

    /** A field that is not scored for this document. */
    public static final Set<String> NOT_SCORED = Set.of("-");

    public boolean scored(Set<String> field) {
        return !field.equals(NOT_SCORED);
    }

    /** Reads a labels file: tab-separated, a header row naming the columns, '#' comment lines. */
    public static List<Label> read(Path file) throws IOException {
        List<Label> out = new ArrayList<>();
        List<String> header = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header == null) {
                header = Arrays.asList(f);
                continue;
            }
            Row row = new Row(header, f, file);
            out.add(new Label(row.get("path"), row.get("split"), alternatives(row.get("country")), alternatives(row.get("type")),
                    row.get("stage"), alternatives(row.get("year")), alternatives(row.get("language")),
                    topics(row.get("topics")), row.get("title")));
        }
        return out;
    }

    private record Row(List<String> header, String[] values, Path file) {
        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(file + ": no column '" + column + "'");
            }
            return i < values.length ? values[i].strip() : "";
        }
    }

    /** "a|b" → {a, b}; "" → {} (the label is blank: nothing to find); "-" → not scored. */
    static Set<String> alternatives(String s) {
        if (s.equals("-")) {
            return NOT_SCORED;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : s.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static Set<String> topics(String s) {
        if (s.equals("-")) {
            return NOT_SCORED;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : s.split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }
}
