package org.freqbias.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Background solves leave the window a core: their parallel parts stay in a pool of cores - 1 threads. */
@Timeout(60)
class BackgroundWorkerTest {

    /** Busy work long enough for a parallel stream to spread over every thread it may use. */
    private static double spin(int i) {
        double s = 0;
        for (int k = 0; k < 200_000; k++) {
            s += Math.sin(i + k);
        }
        return s;
    }

    @Test
    void parallelStreamsAndForkedTasksOfAJobStayInItsPool() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(1);
        try (BackgroundWorker worker = new BackgroundWorker("test-worker")) {
            worker.execute(() -> {
                ForkJoinTask<?> forked = ForkJoinTask.adapt(() -> threads.add(Thread.currentThread().getName())).fork();
                IntStream.range(0, 64).parallel().forEach(i -> {
                    spin(i);
                    threads.add(Thread.currentThread().getName());
                });
                forked.join();
                done.countDown();
            });
            assertTrue(done.await(30, TimeUnit.SECONDS));
        }
        assertFalse(threads.isEmpty());
        assertTrue(threads.stream().allMatch(n -> n.startsWith("test-worker-solver-")), "threads: " + threads);
        assertTrue(threads.size() <= WorkerThreads.trainingCores(), threads.size() + " threads for "
                + WorkerThreads.trainingCores() + " cores: " + threads);
    }

    @Test
    void jobsRunOneAtATimeInOrder() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        try (BackgroundWorker worker = new BackgroundWorker("test-serial")) {
            for (int j = 0; j < 3; j++) {
                int job = j;
                worker.execute(() -> {
                    events.add("start " + job);
                    spin(job);
                    events.add("end " + job);
                    done.countDown();
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of("start 0", "end 0", "start 1", "end 1", "start 2", "end 2"), events);
    }
}
