package org.milex.indexer.extract;

/**
 * A file that yields no document. {@link #skipped()} distinguishes a file that is fine but has nothing to
 * index (scanned image, encrypted, unsupported, too large) from one that broke the parser.
 */
public final class ExtractionException extends Exception {

    private final boolean skipped;

    private ExtractionException(String reason, boolean skipped, Throwable cause) {
        super(reason, cause);
        this.skipped = skipped;
    }

    public static ExtractionException skip(String reason) {
        return new ExtractionException(reason, true, null);
    }

    public static ExtractionException fail(String reason, Throwable cause) {
        return new ExtractionException(reason, false, cause);
    }

    public boolean skipped() {
        return skipped;
    }
}
