package org.freqbias.core.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class PartRunnerTest {

    @Test
    void everyPartRunsOnceAndPartZeroOnTheCaller() {
        try (PartRunner runner = new PartRunner(3, "test")) {
            AtomicIntegerArray runs = new AtomicIntegerArray(3);
            String[] threads = new String[3];
            runner.run(t -> {
                runs.incrementAndGet(t);
                threads[t] = Thread.currentThread().getName();
            });
            assertEquals("[1, 1, 1]", runs.toString());
            assertEquals(Thread.currentThread().getName(), threads[0]);
            assertNotEquals(threads[0], threads[1]);
            assertEquals("test-worker", threads[2]);
        }
    }

    @Test
    void aFailingPartIsRethrownOnlyAfterTheOthersFinished() {
        try (PartRunner runner = new PartRunner(2, "test")) {
            boolean[] done = new boolean[2];
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner.run(t -> {
                if (t == 1) {
                    throw new ArithmeticException("part 1 failed");
                }
                sleep(50);
                done[0] = true;
            }));
            assertTrue(done[0]);
            assertEquals("part 1 failed", e.getCause().getMessage());
            RuntimeException first = assertThrows(ArithmeticException.class, () -> runner.run(t -> {
                if (t == 0) {
                    throw new ArithmeticException("part 0 failed");
                }
                sleep(50);
                done[1] = true;
            }));
            assertTrue(done[1], "returned while part 1 was still running");
            assertEquals("part 0 failed", first.getMessage());
        }
    }

    @Test
    void aClosedRunnerRefusesWorkAndOnePartNeedsNoThread() {
        PartRunner runner = new PartRunner(2, "test");
        runner.close();
        runner.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner.run(t -> { }));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        try (PartRunner single = new PartRunner(1, "test")) {
            String[] thread = new String[1];
            single.run(t -> thread[t] = Thread.currentThread().getName());
            assertArrayEquals(new String[] {Thread.currentThread().getName()}, thread);
        }
        assertThrows(IllegalArgumentException.class, () -> new PartRunner(0, "test"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
