package org.freqbias.core.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class PartRunnerTest {

    @Test
    void everyPartRunsOnceOnAtMostTheGivenThreadsTheCallersIncluded() {
        for (int threads = 1; threads <= 4; threads++) {
            try (PartRunner runner = new PartRunner(7, threads, "test")) {
                AtomicIntegerArray runs = new AtomicIntegerArray(7);
                Set<String> names = ConcurrentHashMap.newKeySet();
                for (int job = 0; job < 20; job++) {
                    runner.run(t -> {
                        runs.incrementAndGet(t);
                        names.add(Thread.currentThread().getName());
                        sleep(1);
                    });
                }
                assertEquals("[20, 20, 20, 20, 20, 20, 20]", runs.toString());
                assertTrue(names.size() <= threads, names + " on " + threads + " threads");
                assertEquals(threads, runner.threads());
                names.remove(Thread.currentThread().getName());
                assertTrue(names.stream().allMatch("test-worker"::equals), names.toString());
            }
        }
        try (PartRunner runner = new PartRunner(2, 8, "test")) {
            assertEquals(2, runner.threads(), "never more threads than parts");
        }
    }

    @Test
    void aFailingPartIsRethrownOnlyAfterTheOthersFinished() {
        try (PartRunner runner = new PartRunner(2, "test")) {
            // Parts are taken in order by whichever thread is free: part 0 first, then part 1.
            for (int job = 0; job < 10; job++) {
                boolean[] done = new boolean[1];
                RuntimeException e = assertThrows(RuntimeException.class, () -> runner.run(t -> {
                    if (t == 1) {
                        throw new ArithmeticException("part 1 failed");
                    }
                    sleep(20);
                    done[0] = true;
                }));
                assertTrue(done[0], "returned while part 0 was still running");
                Throwable cause = e instanceof IllegalStateException ? e.getCause() : e;
                assertEquals("part 1 failed", cause.getMessage(), "rethrown as is on the caller, wrapped from a worker");
            }
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
