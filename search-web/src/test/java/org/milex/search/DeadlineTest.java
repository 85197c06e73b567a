package org.milex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void aSearchWithinItsTimeAnswers() throws IOException {
        assertEquals("answer", Deadline.within(1_000, () -> "answer"));
    }

    @Test
    void aSearchPastItsTimeIsStoppedAndSaysWhichBoundWasMet() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> Deadline.within(200, () -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException stop) {
                interrupted.countDown();
            }
            return "too late";
        }));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs < 5_000, "the caller waited " + tookMs + " ms");
        assertTrue(e.getMessage().contains("0.2 s"), e.getMessage());
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the abandoned search is interrupted, not left running");
    }

    @Test
    void whatTheSearchThrowsReachesTheCallerUnwrapped() {
        assertThrows(BadRequest.class, () -> Deadline.within(1_000, () -> {
            throw new BadRequest("bad");
        }));
        IOException io = assertThrows(IOException.class, () -> Deadline.within(1_000, () -> {
            throw new IOException("disk");
        }));
        assertEquals("disk", io.getMessage());
    }
}
