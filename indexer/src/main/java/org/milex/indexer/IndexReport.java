package org.milex.indexer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The account of one indexing run: every file is indexed, skipped (nothing to index: a scan, an empty or
 * encrypted file) or failed (the file is broken), and each skipped or failed file is named with its reason.
 * Thread-safe.
 */
public final class IndexReport {

    /** A file that was not indexed, and why. */
    public record Problem(String path, String reason) {
    }

    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger joined = new AtomicInteger();
    private final AtomicInteger records = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger removed = new AtomicInteger();
    private final List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong textChars = new AtomicLong();
    private final AtomicLong[] stageNanos = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
    private final List<Problem> skipped = Collections.synchronizedList(new ArrayList<>());
    private final List<Problem> failed = Collections.synchronizedList(new ArrayList<>());
    private final long started = System.nanoTime();
    private volatile long finished;

    void indexed(long size, boolean joinedToCatalog, boolean update) {
        indexed.incrementAndGet();
        if (update) {
            updated.incrementAndGet();
        }
        bytes.addAndGet(Math.max(0, size));
        if (joinedToCatalog) {
            joined.incrementAndGet();
        }
    }

    /**
     * Where an indexing run spends its time: reading and parsing files, classifying and joining them to the
     * catalog, writing their documents (analysis included), and putting instruments together and committing at
     * the end. The first three are summed over the worker threads, so they can exceed the run's wall time.
     */
    public enum Stage { EXTRACT, CLASSIFY, WRITE, FINISH }

    void time(Stage stage, long nanos) {
        stageNanos[stage.ordinal()].addAndGet(nanos);
    }

    void text(long chars) {
        textChars.addAndGet(chars);
    }

    /** Seconds spent in a stage, summed over threads. */
    public double seconds(Stage stage) {
        return stageNanos[stage.ordinal()].get() / 1e9;
    }

    /** Characters of text extracted from the indexed files. */
    public long textChars() {
        return textChars.get();
    }

    /** A file indexed, but not whole (cut short, damaged, over the text limit): named in the report. */
    void warned(String path, String reason) {
        warnings.add(new Problem(path, reason));
    }

    /** A file whose bytes are those already indexed: not read again. */
    void unchanged() {
        unchanged.incrementAndGet();
    }

    /** A file indexed before that the sources no longer hold (with --prune). */
    void removed() {
        removed.incrementAndGet();
    }

    /** Files indexed for the first time. */
    public int added() {
        return indexed.get() - updated.get();
    }

    /** Files indexed again because their bytes changed. */
    public int updated() {
        return updated.get();
    }

    public int unchangedCount() {
        return unchanged.get();
    }

    public int removedCount() {
        return removed.get();
    }

    public List<Problem> warnings() {
        return sorted(warnings);
    }

    void record() {
        records.incrementAndGet();
    }

    void skipped(String path, String reason) {
        skipped.add(new Problem(path, reason));
    }

    void failed(String path, String reason) {
        failed.add(new Problem(path, reason));
    }

    void finish() {
        finished = System.nanoTime();
    }

    public int indexed() {
        return indexed.get();
    }

    /** Files whose full text joined a catalog record. */
    public int joined() {
        return joined.get();
    }

    /** Catalog records indexed as documents of their own. */
    public int records() {
        return records.get();
    }

    public List<Problem> skipped() {
        return sorted(skipped);
    }

    public List<Problem> failed() {
        return sorted(failed);
    }

    /** Files seen: indexed + unchanged + skipped + failed. */
    public int files() {
        return indexed.get() + unchanged.get() + skipped.size() + failed.size();
    }

    public long bytes() {
        return bytes.get();
    }

    public double seconds() {
        return ((finished == 0 ? System.nanoTime() : finished) - started) / 1e9;
    }

    public void print(PrintStream out) {
        out.printf("Indexed %d files (%d joined to catalog records, %.1f MB), skipped %d, failed %d; %d catalog records; %.1f s%n",
                indexed(), joined(), bytes() / 1e6, skipped.size(), failed.size(), records(), seconds());
        out.printf("  %d added, %d updated, %d unchanged, %d removed%n", added(), updated(), unchangedCount(), removedCount());
        for (Problem p : warnings()) {
            out.println("  WARNING  " + p.path() + ": " + p.reason());
        }
        for (Problem p : skipped()) {
            out.println("  skipped  " + p.path() + ": " + p.reason());
        }
        for (Problem p : failed()) {
            out.println("  FAILED   " + p.path() + ": " + p.reason());
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        synchronized (problems) {
            return problems.stream().sorted(Comparator.comparing(Problem::path)).toList();
        }
    }
}
