package org.milex.indexer.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.milex.indexer.catalog.Catalog;
import org.milex.indexer.catalog.CatalogDocuments;
import org.milex.indexer.catalog.CatalogMatch;
import org.milex.indexer.catalog.CatalogRecord;
import org.milex.indexer.catalog.FullTextJoin;
import org.milex.indexer.classify.Classification;
import org.milex.indexer.classify.Classifier;
import org.milex.indexer.classify.Folding;
import org.milex.indexer.classify.InstrumentType;
import org.milex.indexer.extract.ExtractedText;
import org.milex.indexer.extract.ExtractionException;
import org.milex.indexer.extract.TextExtractor;
import org.milex.indexer.extract.Titles;
import org.milex.indexer.index.DocumentIds;

/**
 * Scores the classifier against labelled documents: each file is extracted and classified exactly as the
 * indexer does, but without the catalog (whose facts would otherwise stand in for the classifier's on the
 * texts it knows), and compared field by field. Scores are given per split, so the held-out part is read apart
 * from the part that was tuned on.
 */
public final class ClassificationEval {

    /** What the classifier said of one document, or why it could not say. */
    public record Prediction(String country, String type, String stage, Integer year, String language,
                             List<String> topics, String title, String failure) {
    }

    /** A labelled document with the prediction made for it. */
    public record Outcome(Label label, Prediction prediction) {
    }

    /** Title words shared with the label, as an F1 over word sets, at or above which a title counts as right. */
    static final double TITLE_MATCH = 0.6;
    static final List<String> FIELDS = List.of("country", "type", "stage", "year", "language", "title");

    private ClassificationEval() {
    }

    public static List<Outcome> run(Path source, List<Label> labels, Catalog catalog, int threads) throws IOException {
        Classifier classifier = new Classifier(catalog);
        FullTextJoin join = new FullTextJoin(catalog);
        CatalogMatch known = new CatalogMatch(catalog);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (TextExtractor extractor = new TextExtractor(120)) {
            List<Future<Outcome>> jobs = new ArrayList<>();
            for (Label label : labels) {
                jobs.add(pool.submit(() -> new Outcome(label, predict(source, label.path(), extractor, classifier, join, known))));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> job : jobs) {
                out.add(job.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The bytes of a labelled file: a path under the source, or an entry of a zip archive there written
     * {@code bulk/archive.zip!/folder/file.xml} (the bulk set is read in place, as the indexer reads it).
     */
    public static byte[] read(Path source, String path) throws IOException {
        int bang = path.indexOf(".zip!/");
        if (bang < 0) {
            return Files.readAllBytes(source.resolve(path));
        }
        String entry = path.substring(bang + ".zip!/".length());
        try (ZipFile zip = new ZipFile(source.resolve(path.substring(0, bang + ".zip".length())).toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                throw new NoSuchFileException(path);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }

    private static Prediction predict(Path source, String path, TextExtractor extractor, Classifier classifier, FullTextJoin join,
                                      CatalogMatch known) {
        try {
            byte[] bytes = read(source, path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            ExtractedText text = extractor.extract(name, bytes);
            // No folder hint: a file must classify alone, whatever folder it sits in. Its own catalog record,
            // if it has one, is kept out of the topic vote.
            String own = join.find(DocumentIds.sha256(bytes), name).map(CatalogRecord::id).orElse(null);
            Classification guessed = classifier.classify(text, text.title(), null, own);
            String title = Titles.orFirstLine(text.title(), text.text());
            // as the indexer does, a copy of another instrument the catalog knows takes its facts; the text's own
            // record (which its bytes would join) is not recognised, so that what is measured is recognition
            Optional<CatalogRecord> copyOf = known.identify(title, text.hints().get(ExtractedText.Hints.NUMBER),
                    guessed.country(), guessed.type(), own);
            Classification c = copyOf.map(r -> CatalogDocuments.overlay(r, guessed)).orElse(guessed);
            return new Prediction(c.country(), c.type(), c.stage(), c.year(), text.language(), c.topics(), title, null);
        } catch (ExtractionException | IOException e) {
            return new Prediction(null, null, null, null, null, List.of(), null, "not extracted: " + e.getMessage());
        }
    }

    /** Accuracy of one field over the outcomes that score it, or NaN when none does. */
    static double accuracy(List<Outcome> outcomes, String field) {
        int n = 0;
        int right = 0;
        for (Outcome o : outcomes) {
            Boolean ok = correct(o, field);
            if (ok != null) {
                n++;
                right += ok ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) right / n;
    }

    /** True or false, or null when the field is not scored for the document. */
    static Boolean correct(Outcome o, String field) {
        Label l = o.label();
        Prediction p = o.prediction();
        return switch (field) {
            case "country" -> matches(l, l.country(), p.country());
            case "type" -> matches(l, l.type(), p.type());
            case "stage" -> (l.stage().isEmpty() ? p.stage() == null : l.stage().equals(p.stage()));
            case "year" -> matches(l, l.year(), p.year() == null ? null : String.valueOf(p.year()));
            case "language" -> matches(l, l.language(), p.language());
            case "title" -> l.title().isEmpty() ? null : titleScore(l.title(), p.title()) >= TITLE_MATCH;
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Boolean matches(Label l, Set<String> expected, String predicted) {
        if (!l.scored(expected)) {
            return null;
        }
        return expected.isEmpty() ? predicted == null : predicted != null && expected.contains(predicted);
    }

    /** F1 of the two titles' word sets (folded, words of two letters or more). */
    static double titleScore(String expected, String predicted) {
        if (predicted == null) {
            return 0;
        }
        Set<String> e = words(expected);
        Set<String> p = words(predicted);
        Set<String> both = new LinkedHashSet<>(e);
        both.retainAll(p);
        if (both.isEmpty()) {
            return 0;
        }
        double precision = (double) both.size() / p.size();
        double recall = (double) both.size() / e.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : Folding.tokens(s)) {
            if (t.length() >= 2) {
                out.add(t);
            }
        }
        return out;
    }

    /** Topic counts: true and false positives, false negatives, over the documents that score topics. */
    record TopicCounts(int tp, int fp, int fn, int nonMigration, int nonMigrationTagged, int wrongTopicsOnNonMigration) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static TopicCounts topics(List<Outcome> outcomes) {
        int tp = 0, fp = 0, fn = 0, non = 0, tagged = 0, wrong = 0;
        for (Outcome o : outcomes) {
            Set<String> expected = o.label().topics();
            if (!o.label().scored(expected)) {
                continue;
            }
            Set<String> predicted = new LinkedHashSet<>(o.prediction().topics());
            for (String t : predicted) {
                if (expected.contains(t)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String t : expected) {
                if (!predicted.contains(t)) {
                    fn++;
                }
            }
            if (expected.isEmpty()) {
                non++;
                if (!predicted.isEmpty()) {
                    tagged++;
                    wrong += predicted.size();
                }
            }
        }
        return new TopicCounts(tp, fp, fn, non, tagged, wrong);
    }

    /** Scores per split (in the order splits first appear, then "all"). */
    public static Map<String, List<Outcome>> bySplit(List<Outcome> outcomes) {
        Map<String, List<Outcome>> out = new LinkedHashMap<>();
        outcomes.stream().map(o -> o.label().split()).distinct().sorted()
                .forEach(s -> out.put(s, outcomes.stream().filter(o -> o.label().split().equals(s)).toList()));
        out.put("all", outcomes);
        return out;
    }

    /** The figures of one group of outcomes, by name: for tests and for the report. */
    public static Map<String, Double> figures(List<Outcome> outcomes) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (String field : FIELDS) {
            f.put(field, accuracy(outcomes, field));
        }
        TopicCounts t = topics(outcomes);
        f.put("topic_precision", t.precision());
        f.put("topic_recall", t.recall());
        f.put("topic_f1", t.f1());
        f.put("non_migration_tagged", (double) t.nonMigrationTagged());
        return f;
    }

    public static void print(List<Outcome> outcomes, PrintStream out) {
        Map<String, List<Outcome>> groups = bySplit(outcomes);
        out.printf("%-22s", "");
        groups.forEach((name, list) -> out.printf("%16s", name + " (" + list.size() + ")"));
        out.println();
        for (String field : FIELDS) {
            out.printf("%-22s", field);
            groups.values().forEach(list -> out.printf("%16s", format(accuracy(list, field))));
            out.println();
        }
        out.printf("%-22s", "topics P / R / F1");
        groups.values().forEach(list -> {
            TopicCounts t = topics(list);
            out.printf("%16s", "%.2f/%.2f/%.2f".formatted(t.precision(), t.recall(), t.f1()));
        });
        out.println();
        out.printf("%-22s", "non-migration tagged");
        groups.values().forEach(list -> {
            TopicCounts t = topics(list);
            out.printf("%16s", t.nonMigrationTagged() + " of " + t.nonMigration() + " (" + t.wrongTopicsOnNonMigration() + ")");
        });
        out.println();
        out.println("(non-migration tagged: documents on other subjects given migration topics, and in brackets how many topics)");

        out.println();
        out.println("Type confusion over all documents (rows: label, columns: prediction)");
        confusion(outcomes, out);

        out.println();
        out.println("Disagreements");
        for (Outcome o : outcomes.stream().sorted(Comparator.comparing((Outcome x) -> x.label().split()).thenComparing(x -> x.label().path())).toList()) {
            List<String> wrong = new ArrayList<>();
            Prediction p = o.prediction();
            Label l = o.label();
            if (p.failure() != null) {
                wrong.add(p.failure());
            }
            for (String field : FIELDS) {
                if (Boolean.FALSE.equals(correct(o, field))) {
                    wrong.add(field + ": " + expected(l, field) + " ≠ " + predicted(p, field));
                }
            }
            if (l.scored(l.topics()) && !new TreeSet<>(l.topics()).equals(new TreeSet<>(p.topics()))) {
                wrong.add("topics: " + l.topics() + " ≠ " + p.topics());
            }
            if (!wrong.isEmpty()) {
                out.println("  [" + l.split() + "] " + l.path());
                wrong.forEach(w -> out.println("      " + w));
            }
        }
    }

    private static String expected(Label l, String field) {
        return switch (field) {
            case "country" -> show(l.country());
            case "type" -> show(l.type());
            case "stage" -> l.stage().isEmpty() ? "(none)" : l.stage();
            case "year" -> show(l.year());
            case "language" -> show(l.language());
            default -> "\"" + l.title() + "\"";
        };
    }

    private static String predicted(Prediction p, String field) {
        Object v = switch (field) {
            case "country" -> p.country();
            case "type" -> p.type();
            case "stage" -> p.stage();
            case "year" -> p.year();
            case "language" -> p.language();
            default -> p.title() == null ? null : "\"" + p.title() + "\"";
        };
        return v == null ? "(none)" : v.toString();
    }

    private static String show(Set<String> values) {
        return values.isEmpty() ? "(none)" : String.join("|", values);
    }

    private static void confusion(List<Outcome> outcomes, PrintStream out) {
        List<String> types = new ArrayList<>();
        for (InstrumentType t : InstrumentType.values()) {
            types.add(t.id());
        }
        types.add("(none)");
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!o.label().scored(o.label().type()) || o.label().type().isEmpty()) {
                continue;
            }
            String predicted = o.prediction().type() == null ? "(none)" : o.prediction().type();
            String row = o.label().type().contains(predicted) ? predicted : o.label().type().iterator().next();
            table.computeIfAbsent(row, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        }
        out.printf("%-16s", "");
        types.forEach(t -> out.printf("%6s", abbreviate(t)));
        out.println();
        for (String row : types) {
            Map<String, Integer> cells = table.get(row);
            if (cells == null) {
                continue;
            }
            out.printf("%-16s", row);
            types.forEach(t -> out.printf("%6s", cells.containsKey(t) ? cells.get(t).toString() : "."));
            out.println();
        }
    }

    private static String abbreviate(String type) {
        return type.length() <= 5 ? type : type.substring(0, 5);
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "-" : "%.2f".formatted(v);
    }
}
