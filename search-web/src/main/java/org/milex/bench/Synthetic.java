package org.milex.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.milex.indexer.extract.Articles;
import org.milex.indexer.index.MilexDocument;
import org.milex.indexer.index.Schema;

/**
 * Synthetic documents for measuring MILEX at 100k and 1M documents, which no real collection of migration law
 * reaches: {@code milex.jar bench --index REAL --synthesize N --out FILE.zip}. Each one recombines articles of
 * the real texts of one country and language in the index (so its words, lengths and article structure are
 * those of real law), under the metadata of a real instrument of that country with another year and a
 * synthetic number. They are Markdown files with front matter, indexed like any other source; every title
 * says "(synthetic)" and every text opens by saying what it is, so nobody can take one for a law. The same seed
 * and index give the same files.
 */
final class Synthetic {

    /** Mean number of articles per document (geometric), and the bounds of an article's length in characters. */
    static final int MEAN_ARTICLES = 6;
    static final int MAX_ARTICLES = 60;
    static final int MIN_ARTICLE = 120;
    static final int MAX_ARTICLE = 3000;

    /** A real instrument whose metadata a synthetic one borrows. */
    private record Template(String country, String type, String language, int year, String title) {
    }

    private Synthetic() {
    }

    static void write(Path index, int count, long seed, Path out, PrintStream log) throws IOException {
        Map<String, List<String>> articles = new HashMap<>();
        List<Template> templates = new ArrayList<>();
        read(index, articles, templates);
        templates.removeIf(t -> !articles.containsKey(key(t.country(), t.language())));
        if (templates.isEmpty()) {
            throw new IOException(index + " has no texts with articles to recombine");
        }
        log.printf("Recombining %,d articles of %,d real texts into %,d synthetic documents (seed %d)%n",
                articles.values().stream().mapToInt(List::size).sum(), templates.size(), count, seed);
        SplittableRandom random = new SplittableRandom(seed);
        long bytes = 0;
        long started = System.nanoTime();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
             ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int i = 1; i <= count; i++) {
                Template t = templates.get(random.nextInt(templates.size()));
                byte[] doc = document(i, t, articles.get(key(t.country(), t.language())), random).getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry("synthetic/" + t.country() + "/" + String.format("S-%07d.md", i)));
                zip.write(doc);
                zip.closeEntry();
                bytes += doc.length;
                if (i % 100_000 == 0) {
                    log.printf("  %,d documents, %,d MB%n", i, bytes >> 20);
                }
            }
        }
        log.printf("Wrote %,d documents (%,d MB of Markdown, %,d MB zipped) to %s in %.1f s%n", count, bytes >> 20,
                Files.size(out) >> 20, out, (System.nanoTime() - started) / 1e9);
    }

    private static void read(Path index, Map<String, List<String>> articles, List<Template> templates) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (int doc : KindDocs.of(searcher, Schema.KIND_VERSION)) {
                MilexDocument d = Schema.fromLucene(stored.document(doc));
                if (!MilexDocument.TEXT.equals(d.kind()) || d.country() == null || d.language() == null) {
                    continue;
                }
                List<String> parts = split(d.text(), d.articles());
                if (parts.isEmpty()) {
                    continue;
                }
                articles.computeIfAbsent(key(d.country(), d.language()), k -> new ArrayList<>()).addAll(parts);
                templates.add(new Template(d.country(), d.type(), d.language(), d.year() == null ? 2000 : d.year(),
                        d.title() == null ? "" : d.title()));
            }
        }
    }

    /** The text's articles, without their own heading line (the synthetic document numbers them anew). */
    static List<String> split(String text, List<Articles.Heading> headings) {
        List<String> out = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int from = headings.get(h).offset();
            int to = h + 1 < headings.size() ? headings.get(h + 1).offset() : text.length();
            if (from < 0 || to > text.length() || from >= to) {
                continue;
            }
            String body = text.substring(from, to);
            int eol = body.indexOf('\n');
            body = (eol < 0 ? "" : body.substring(eol + 1)).strip();
            if (body.length() < MIN_ARTICLE) {
                continue;
            }
            if (body.length() > MAX_ARTICLE) {
                int cut = body.lastIndexOf(' ', MAX_ARTICLE);
                body = body.substring(0, cut > 0 ? cut : MAX_ARTICLE);
            }
            out.add(body);
        }
        return out;
    }

    private static String document(int i, Template t, List<String> pool, SplittableRandom random) {
        String number = String.format("S-%07d", i);
        int year = Math.max(1950, Math.min(2026, t.year() + random.nextInt(-15, 16)));
        String date = String.format("%04d-%02d-%02d", year, random.nextInt(1, 13), random.nextInt(1, 29));
        String title = word(t.type(), t.language()) + " " + number + " — " + shorten(t.title()) + " (synthetic)";
        int n = Math.min(MAX_ARTICLES, 1 + (int) (-Math.log(1 - random.nextDouble()) * (MEAN_ARTICLES - 1)));
        StringBuilder md = new StringBuilder(n * 1200);
        md.append("---\n");
        md.append("title: \"").append(title.replace("\\", "").replace("\"", "'")).append("\"\n");
        md.append("tipo: ").append(word(t.type(), t.language())).append('\n');
        md.append("numero: ").append(number).append('\n');
        md.append("date: ").append(date).append('\n');
        md.append("synthetic: true\n");
        md.append("---\n\n# ").append(title).append("\n\n");
        md.append("Synthetic document for benchmarks, recombined from articles of real texts of ").append(t.country())
                .append("; not a law.\n\n");
        for (int a = 1; a <= n; a++) {
            md.append(articleWord(t.language())).append(' ').append(a).append(". ")
                    .append(pool.get(random.nextInt(pool.size()))).append("\n\n");
        }
        return md.toString();
    }

    private static String shorten(String title) {
        String t = title.replaceAll("\\s+", " ").strip();
        return t.length() <= 120 ? t : t.substring(0, 120).strip() + "…";
    }

    /** How the instrument's kind is named in its language, for the title and the front matter's "tipo". */
    private static String word(String type, String language) {
        String t = type == null ? "law" : type;
        return switch (language) {
            case "es" -> switch (t) {
                case "decree" -> "Decreto";
                case "regulation" -> "Reglamento";
                case "treaty" -> "Tratado";
                case "constitution" -> "Constitución";
                case "administrative" -> "Resolución";
                default -> "Ley";
            };
            case "pt" -> switch (t) {
                case "decree" -> "Decreto";
                case "regulation" -> "Regulamento";
                case "treaty" -> "Tratado";
                case "constitution" -> "Constituição";
                case "administrative" -> "Portaria";
                default -> "Lei";
            };
            case "fr" -> switch (t) {
                case "decree" -> "Décret";
                case "regulation" -> "Règlement";
                case "treaty" -> "Traité";
                case "constitution" -> "Constitution";
                case "administrative" -> "Arrêté";
                default -> "Loi";
            };
            default -> switch (t) {
                case "decree" -> "Decree";
                case "regulation" -> "Regulations";
                case "treaty" -> "Treaty";
                case "constitution" -> "Constitution";
                case "administrative" -> "Order";
                default -> "Act";
            };
        };
    }

    private static String articleWord(String language) {
        return switch (language) {
            case "es" -> "Artículo";
            case "pt" -> "Art.";
            case "fr" -> "Article";
            default -> "Section";
        };
    }

    private static String key(String country, String language) {
        return country + "/" + language;
    }
}
