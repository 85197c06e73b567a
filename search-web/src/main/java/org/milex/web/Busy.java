package org.milex.web;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bound on searches running at once. On a small machine, more searches in flight only make each slower;
 * past the bound a request waits a little, then answers 503 saying the server is busy, so that a burst of
 * requests cannot take every thread or all the memory.
 */
final class Busy extends RuntimeException {

    /** Searches at once: a few per core ({@code milex.max.searches}). */
    static final int MAX = Integer.getInteger("milex.max.searches", Math.max(4, 4 * Runtime.getRuntime().availableProcessors()));
    static final long WAIT_MS = 5_000;
    private static final Semaphore PERMITS = new Semaphore(MAX);

    private Busy() {
        super("the server is answering " + MAX + " searches at once and could not take yours within " + WAIT_MS / 1000
                + " s; try again in a moment");
    }

    /** The handler, run only when a permit is free. */
    static Handler bounded(Handler handler) {
        return ctx -> {
            if (!PERMITS.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
            try {
                handler.handle(ctx);
            } finally {
                PERMITS.release();
            }
        };
    }
}
