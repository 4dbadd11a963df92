package org.freqbias.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.freqbias.core.session.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunLibraryTest {

    private static RunRecord sigma4;
    private static RunRecord sigma8;

    @BeforeAll
    static void record() throws IOException {
        Session base = RecordedRuns.shrunk("gaussian-bias", 128, 64, 40);
        sigma4 = RecordedRuns.run(base).record();
        sigma8 = RecordedRuns.run(base.withDistribution(new org.freqbias.core.dist.Gaussian(8))).record();
    }

    @Test
    void runsAreNamedByWhatDiffersFromTheRunBeforeNewestFirst() {
        RunLibrary library = new RunLibrary();
        assertEquals("gaussian-bias", library.add(sigma4).entry().name());
        assertEquals("sigma 4 -> 8", library.add(sigma8).entry().name());
        assertEquals("sigma 8 -> 4", library.add(sigma4).entry().name());
        assertEquals(List.of("sigma 8 -> 4", "sigma 4 -> 8", "gaussian-bias"),
                library.entries().stream().map(RunLibrary.Entry::name).toList());
        assertEquals(2 * sigma4.bytes() + sigma8.bytes(), library.totalBytes());
    }

    @Test
    void renameDeleteAndPin() {
        RunLibrary library = new RunLibrary();
        long a = library.add(sigma4).entry().id();
        long b = library.add(sigma8).entry().id();
        assertEquals("wide", library.rename(b, "wide").name());
        assertTrue(library.pin(a, true).pinned());
        assertEquals("wide", library.get(b).orElseThrow().name());
        assertThrows(IllegalArgumentException.class, () -> library.rename(b, " "));
        assertThrows(IllegalArgumentException.class, () -> library.rename(b, "two\nlines"));
        assertThrows(IllegalArgumentException.class, () -> library.rename(b, "x".repeat(201)));
        assertThrows(IllegalArgumentException.class, () -> library.rename(99, "gone"));
        assertTrue(library.delete(b));
        assertFalse(library.delete(b));
        assertEquals(sigma4.bytes(), library.totalBytes());
        assertEquals(List.of(a), library.entries().stream().map(RunLibrary.Entry::id).toList());
    }

    @Test
    void theOldestUnpinnedRunsGoWhenTheBudgetIsExceededAndTheCallerIsTold() {
        long each = sigma4.bytes();
        int fit = (int) (RunLibrary.MIN_BUDGET_BYTES / each);     // runs that fit in the smallest budget
        assertTrue(fit >= 3, "a small record is " + each + " bytes");
        RunLibrary library = new RunLibrary(RunLibrary.MIN_BUDGET_BYTES);
        long oldest = library.add(sigma4).entry().id();
        long pinned = library.add(sigma4).entry().id();
        library.pin(pinned, true);
        long third = library.add(sigma4).entry().id();
        for (int i = 3; i < fit; i++) {
            assertEquals(List.of(), library.add(sigma4).removed());
        }
        RunLibrary.Added added = library.add(sigma4);
        assertEquals(List.of(oldest), added.removed().stream().map(RunLibrary.Entry::id).toList());
        added = library.add(sigma4);
        assertEquals(List.of(third), added.removed().stream().map(RunLibrary.Entry::id).toList(), "the pinned one stays");
        assertTrue(library.totalBytes() <= library.budgetBytes());
        assertTrue(library.get(pinned).isPresent());
    }

    @Test
    void pinnedRunsAndTheNewestStayEvenOverTheBudget() {
        RunLibrary library = new RunLibrary(RunLibrary.MIN_BUDGET_BYTES);
        int fit = (int) (RunLibrary.MIN_BUDGET_BYTES / sigma4.bytes());
        for (int i = 0; i < fit; i++) {
            library.pin(library.add(sigma4).entry().id(), true);
        }
        RunLibrary.Added added = library.add(sigma8);
        assertEquals(List.of(), added.removed());
        assertTrue(library.overBudget());
        assertEquals(fit + 1, library.size());
        List<RunLibrary.Entry> removed = library.setBudget(RunLibrary.MIN_BUDGET_BYTES);
        assertEquals(List.of(), removed, "the newest is not removed either");
        assertThrows(IllegalArgumentException.class, () -> library.setBudget(1000));
    }

    @Test
    void aStudyRestoresOrderNamesAndPins() {
        RunLibrary library = new RunLibrary();
        library.add(sigma4);
        library.pin(library.add(sigma8).entry().id(), true);
        RunLibrary restored = new RunLibrary();
        assertEquals(List.of(), restored.addAll(library.toStudy()));
        assertEquals(library.entries().stream().map(e -> e.name() + e.pinned()).toList(),
                restored.entries().stream().map(e -> e.name() + e.pinned()).toList());
        assertEquals("sigma 8 -> 4", restored.add(sigma4).entry().name(), "named against the newest restored run");
    }
}
