package org.milex.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Turns a file's bytes into text with Apache Tika's auto-detecting parser, so any format Tika knows works.
 * Formats where Tika's plain text loses what matters get a finishing pass: HTML (jsoup drops menus and finds
 * the real heading), Justice Canada LIMS XML (sections one per line), Markdown (front matter, headings).
 * Thread-safe.
 */
public final class TextExtractor implements AutoCloseable {

    /** Text beyond this many characters is cut (and the cut reported): a 500-page code is ~3 M characters. */
    public static final int MAX_CHARS = 20_000_000;
    private static final Pattern MARKDOWN_HEADINGS = Pattern.compile("(?m)^#{1,6}[ A-Za-zÀ-ÿ]");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Detector detector = parser.getDetector();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final ExecutorService parsing = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "milex-tika");
        t.setDaemon(true);
        return t;
    });
    private final long timeoutSeconds;
    private final Ocr ocr;
    private final Ocr.Limits ocrLimits;

    public TextExtractor(long timeoutSeconds) {
        this(timeoutSeconds, Ocr.system(), Ocr.Limits.defaults());
    }

    /**
     * @param timeoutSeconds a file whose reading (OCR included) takes longer fails
     * @param ocr            Tesseract, or an unavailable one to leave scans unread
     */
    public TextExtractor(long timeoutSeconds, Ocr ocr, Ocr.Limits ocrLimits) {
        this.timeoutSeconds = timeoutSeconds;
        this.ocr = ocr;
        this.ocrLimits = ocrLimits;
    }

    public LanguageGuesser languages() {
        return languages;
    }

    public ExtractedText extract(String fileName, byte[] bytes) throws ExtractionException {
        if (bytes.length == 0) {
            throw ExtractionException.skip("empty file");
        }
        Future<ExtractedText> job = parsing.submit(() -> readable(fileName, bytes));
        try {
            return finish(job.get(timeoutSeconds, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            job.cancel(true);
            throw ExtractionException.fail("parsing took longer than " + timeoutSeconds + " s", e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw ExtractionException.fail("interrupted", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    /**
     * The text, or the reason there is none worth indexing. A scan, or a PDF whose text layer is junk, is read
     * by OCR when Tesseract is installed; otherwise it is "needs OCR".
     */
    private ExtractedText readable(String fileName, byte[] bytes) throws Exception {
        ExtractedText extracted = parse(fileName, bytes);
        var problem = TextQuality.problem(extracted.text(), extracted.contentType());
        if (problem.isEmpty()) {
            return cutShort(extracted, bytes);
        }
        String type = extracted.contentType();
        boolean image = type.equals("application/pdf") || type.startsWith("image/");
        if (!image || !ocr.available()) {
            throw ExtractionException.skip(problem.get());
        }
        Ocr.Result read = type.equals("application/pdf") ? ocr.pdf(bytes, ocrLimits, languages) : ocr.image(bytes, ocrLimits);
        String text = TextCleaner.clean(read.text());
        var after = TextQuality.problem(text, "text/plain");
        if (after.isPresent()) {
            throw ExtractionException.skip(problem.get() + "; OCR found no readable text either");
        }
        Map<String, String> hints = new HashMap<>(extracted.hints());
        hints.put(ExtractedText.Hints.OCR, "read by OCR (Tesseract, " + read.pagesRead() + " of " + read.pages() + " pages)");
        if (read.pagesRead() < read.pages()) {
            hints.put(ExtractedText.Hints.TRUNCATED, "OCR read the first " + read.pagesRead() + " of " + read.pages() + " pages");
        }
        String title = LegalHeader.find(text);
        if (title == null) {
            title = HeadLines.title(text);
        }
        return new ExtractedText(text, title, type, languages.guess(text), hints);
    }

    /**
     * A PDF ends with its end-of-file marker; one that does not was cut short or damaged in transfer, and the
     * parser may have recovered only the pages before the cut. It is indexed, with a warning naming it.
     */
    static ExtractedText cutShort(ExtractedText t, byte[] bytes) {
        if (!t.contentType().equals("application/pdf") || endsWithEof(bytes)) {
            return t;
        }
        Map<String, String> hints = new HashMap<>(t.hints());
        hints.putIfAbsent(ExtractedText.Hints.TRUNCATED, "the PDF ends before its end-of-file marker (cut short or damaged): "
                + "only the text before the damage may have been read");
        return new ExtractedText(t.text(), t.title(), t.contentType(), t.language(), hints);
    }

    private static boolean endsWithEof(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - 2048); i--) {
            if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    /** What every format shares: a bill says it is one, and a text without a title may cite itself by one. */
    private static ExtractedText finish(ExtractedText t) {
        Map<String, String> hints = new HashMap<>(t.hints());
        if (ShortTitle.isBill(t.text())) {
            hints.put(ExtractedText.Hints.STAGE, "bill");
        }
        if (!hints.containsKey(ExtractedText.Hints.CURRENT_TO)) {
            String current = Currency.find(t.text());
            if (current != null) {
                hints.put(ExtractedText.Hints.CURRENT_TO, current);
            }
        }
        String title = t.title() != null ? t.title() : ShortTitle.find(t.text());
        return new ExtractedText(t.text(), title, t.contentType(), t.language(), hints);
    }

    private ExtractedText parse(String fileName, byte[] bytes) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            type = detector.detect(in, metadata);
        }
        String contentType = type.getBaseType().toString();
        String lowerName = fileName.toLowerCase(Locale.ROOT);

        if (isXml(contentType) && LimsXml.accepts(bytes)) {
            return LimsXml.extract(bytes, contentType, languages);
        }
        if (contentType.equals("text/html") || contentType.equals("application/xhtml+xml")) {
            return HtmlText.extract(decode(bytes, metadata), contentType, languages);
        }
        if (contentType.equals("application/json") || lowerName.endsWith(".json")) {
            try {
                return JsonText.extract(bytes, "application/json", languages);
            } catch (java.io.IOException notJson) {
                // a file named .json that is not JSON is read as text
            }
        }
        if (contentType.equals("text/x-web-markdown") || lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
            return MarkdownText.extract(decode(bytes, metadata), "text/markdown", languages);
        }
        return generic(bytes, metadata, contentType);
    }

    private ExtractedText generic(byte[] bytes, Metadata metadata, String contentType) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Map<String, String> hints = new HashMap<>();
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, noOcr());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            hints.put(ExtractedText.Hints.TRUNCATED, "text cut at " + MAX_CHARS + " characters");
        }
        String raw = handler.toString();
        // Word or ODF files that hold a Markdown conversion (front matter, # headings) read as Markdown.
        if (raw.stripLeading().startsWith("---\n") || MARKDOWN_HEADINGS.matcher(raw).results().limit(3).count() >= 3) {
            ExtractedText md = MarkdownText.extract(raw, contentType, languages);
            hints.putAll(md.hints());
            return new ExtractedText(md.text(), md.title(), contentType, md.language(), hints);
        }
        String cleaned = TextCleaner.clean(raw);
        String text = PrintedPage.strip(cleaned);
        String title = metadataTitle(metadata);
        if (title != null && PrintedPage.titles(cleaned).contains(title)) {
            title = null; // the web page's title, printed on every page, not the instrument's
        }
        if (title == null) {
            title = LegalHeader.find(text);
        }
        if (title == null) {
            title = ShortTitle.find(text);
        }
        if (title == null) {
            title = HeadLines.title(text);
        }
        return new ExtractedText(text, title, contentType, languages.guess(text), hints);
    }

    /**
     * Tika's parsers must not run Tesseract themselves (they would, unbounded, whenever it is installed): OCR is
     * this class's own second pass, for the files that need it.
     */
    private static ParseContext noOcr() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static String metadataTitle(Metadata metadata) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        // a title starting in lower case is a fragment of the text a converter took for the title
        return Titles.plausible(title) && !Character.isLowerCase(title.strip().charAt(0)) && !HeadLines.isBoilerplate(title)
                && !HeadLines.isEnactingFormula(title.strip())
                ? Titles.tidy(title) : null;
    }

    /** Valid UTF-8 is taken as UTF-8 (detectors misread short accented texts); anything else is sniffed by Tika. */
    private static String decode(byte[] bytes, Metadata metadata) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // fall through to detection
        }
        try (Reader reader = new AutoDetectReader(new ByteArrayInputStream(bytes), metadata)) {
            StringBuilder out = new StringBuilder(bytes.length);
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                out.append(buf, 0, n);
            }
            return out.toString();
        } catch (TikaException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static boolean isXml(String contentType) {
        return contentType.equals("application/xml") || contentType.equals("text/xml") || contentType.endsWith("+xml");
    }

    private static ExtractionException translate(Throwable cause) {
        if (cause instanceof ExtractionException e) {
            return e;
        }
        if (cause instanceof EncryptedDocumentException) {
            return ExtractionException.skip("encrypted (password-protected)");
        }
        if (cause instanceof ZeroByteFileException) {
            return ExtractionException.skip("empty file");
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != cause && root.getMessage() != null) {
            message = message + " (" + root.getMessage() + ")";
        }
        return ExtractionException.fail("corrupt or unreadable: " + message.replaceAll("\\s+", " "), cause);
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
