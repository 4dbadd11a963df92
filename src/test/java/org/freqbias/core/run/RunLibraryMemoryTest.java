package org.freqbias.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;

/**
 * Fifty recorded runs of gaussian-bias stay inside the library's default budget, measured on the
 * heap: the records' own count (RunRecord.bytes, which the budget uses) is checked against the
 * retained heap after garbage collection.
 */
class RunLibraryMemoryTest {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** Heap in use after full collections, settled: the smallest of a few readings. */
    private static long usedAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            least = Math.min(least, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    @Test
    void fiftyGaussianBiasRunsFitTheDefaultBudgetAndTheirCountMatchesTheHeap() throws IOException, InterruptedException {
        Session session = SessionFiles.loadSample("gaussian-bias");
        List<Frame> frames = new ArrayList<>();
        RunResult result = new ExperimentRunner(Setup.of(session), Agreement.DEFAULT_MAX_FREQUENCY).run(frames::add);
        assertEquals(101, frames.size(), "2000 steps, a snapshot every 20");

        long before = usedAfterGc();
        RunLibrary library = new RunLibrary();
        for (int seed = 0; seed < 50; seed++) {
            // Each record as the CLI makes it: its own builder fed the run's frames (one training
            // run stands for fifty: a record's size depends on the session's shape, not its seed).
            RunRecordBuilder builder = new RunRecordBuilder(Setup.of(session.withTraining(session.training().withSeed(seed))));
            frames.forEach(builder::add);
            RunLibrary.Added added = library.add(builder.build(result.stepsDone(), null));
            assertEquals(List.of(), added.removed(), "nothing leaves the library at run " + seed);
        }
        long retained = usedAfterGc() - before;
        long counted = library.totalBytes();
        System.out.printf("50 gaussian-bias records: counted %.2f MB, retained on the heap %.2f MB (%.1f %%), budget %d MB%n",
                counted / 1e6, retained / 1e6, 100.0 * (retained - counted) / counted, RunLibrary.DEFAULT_BUDGET_MB);

        assertEquals(50, library.size());
        assertTrue(counted <= library.budgetBytes(), "counted " + counted);
        assertTrue(retained <= library.budgetBytes(), "retained " + retained);
        // The count stands for the heap: measured 43.21 MB counted against 42.95 MB retained (0.6 % over).
        assertEquals(counted, retained, 0.02 * counted, "count vs heap");
        assertEquals(101, library.entries().get(0).record().snapshots().size(), "every snapshot of the run is kept");
    }
}
