package org.milex.indexer.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Optical character recognition with Tesseract, for scans and PDFs whose text layer is unreadable. Run here,
 * page by page, rather than by Tika on its own: each page has a time limit, a document a page limit, Tesseract
 * runs single-threaded (two extraction threads must not each start a thread per core), and the first page is
 * read with all four of the hemisphere's languages to learn which one the rest is in. When the {@code tesseract}
 * command is missing, {@link #available()} is false and a scan stays "needs OCR".
 */
public final class Ocr {

    /** Tesseract's names of the hemisphere's languages, by MILEX's code. */
    private static final Map<String, String> TRAINED = Map.of("es", "spa", "en", "eng", "pt", "por", "fr", "fra");
    private static final int DPI = 200;

    /** Limits: pages read per document, seconds per page. */
    public record Limits(int maxPages, int secondsPerPage) {
        public static Limits defaults() {
            return new Limits(100, 60);
        }
    }

    /** The recognised text, how many pages were read, and how many the document has. */
    public record Result(String text, int pagesRead, int pages) {
    }

    private static final Ocr SYSTEM = detect();

    private final List<String> languages;

    private Ocr(List<String> languages) {
        this.languages = languages;
    }

    /** No OCR: scans are reported as needing it. */
    public static Ocr none() {
        return new Ocr(List.of());
    }

    /** Tesseract as installed on this machine (looked up once). */
    public static Ocr system() {
        return SYSTEM;
    }

    public boolean available() {
        return !languages.isEmpty();
    }

    /** Tesseract's language packs of the four, as installed ("spa", "eng", …). */
    public List<String> languages() {
        return languages;
    }

    private static Ocr detect() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return new Ocr(List.of());
            }
            List<String> installed = out.lines().map(String::strip).toList();
            return new Ocr(TRAINED.values().stream().filter(installed::contains).sorted().toList());
        } catch (IOException e) {
            return new Ocr(List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ocr(List.of());
        }
    }

    /** Reads a PDF's pages as images, up to the page limit. */
    public Result pdf(byte[] bytes, Limits limits, LanguageGuesser guesser) throws IOException, InterruptedException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int pages = doc.getNumberOfPages();
            int read = Math.min(pages, limits.maxPages());
            StringBuilder text = new StringBuilder();
            String language = String.join("+", languages);
            for (int i = 0; i < read; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                String page = recognise(png(image), language, limits.secondsPerPage());
                text.append(page).append('\n');
                if (i == 0) {
                    language = narrow(page, guesser);
                }
            }
            return new Result(text.toString(), read, pages);
        }
    }

    /** Reads an image file. */
    public Result image(byte[] bytes, Limits limits) throws IOException, InterruptedException {
        return new Result(recognise(bytes, String.join("+", languages), limits.secondsPerPage()), 1, 1);
    }

    /** After the first page, only its language (and English, which legal texts quote) is tried: four times faster. */
    private String narrow(String firstPage, LanguageGuesser guesser) {
        String lang = firstPage.strip().length() < 200 ? null : guesser.guess(firstPage);
        String trained = lang == null ? null : TRAINED.get(lang);
        if (trained == null || !languages.contains(trained)) {
            return String.join("+", languages);
        }
        return trained.equals("eng") || !languages.contains("eng") ? trained : trained + "+eng";
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String recognise(byte[] image, String language, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", "stdin", "stdout", "-l", language, "--psm", "3");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            // feed the image and read the text on their own threads: either pipe can fill while the other waits,
            // and the page's time limit must hold whatever Tesseract does
            Thread feeder = Thread.ofVirtual().start(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(image);
                } catch (IOException ignored) {
                    // Tesseract stopped reading: its exit status says why
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (InputStream stdout = p.getInputStream()) {
                    stdout.transferTo(out);
                } catch (IOException ignored) {
                    // the process was stopped
                }
            });
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new IOException("OCR of a page took longer than " + seconds + " s");
            }
            feeder.join();
            reader.join();
            if (p.exitValue() != 0) {
                throw new IOException("tesseract failed (exit " + p.exitValue() + ")");
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
    }
}
