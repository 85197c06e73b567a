package org.milex.search;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time a search may take. It runs on a pool of its own and the caller waits at most so long: past it, the
 * answer is "too slow" (a 503 that says which bound was met) instead of a request that hangs. (Lucene's own
 * query timeout cannot be used: the faceted search scores in windows that it refuses to cut.) The pool is
 * bounded, so that abandoned searches cannot pile up either.
 */
public final class Deadline {

    /** How long one search may take ({@code milex.search.timeout.ms}). */
    public static final long DEFAULT_MS = Long.getLong("milex.search.timeout.ms", 10_000);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "milex-search");
                t.setDaemon(true);
                return t;
            });

    private Deadline() {
    }

    static <T> T within(long millis, Callable<T> work) throws java.io.IOException {
        Future<T> job = POOL.submit(work);
        try {
            return job.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new Exceeded(millis);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new Exceeded(millis);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof java.io.IOException io) {
                throw io;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Thrown when a search ran out of time: the site answers 503 and says which bound was met. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(long millis) {
            super("the search took longer than " + millis / 1000.0 + " s, the longest a search may run; make it more specific "
                    + "(fewer wildcards, more words or filters)");
        }
    }
}
