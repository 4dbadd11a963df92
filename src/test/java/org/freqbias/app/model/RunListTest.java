package org.freqbias.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.run.RunLibrary;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.run.RunRecordBuilder;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionDiff;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run list without a window: records of the small UI session (200 steps), trained headless. */
class RunListTest {

    private static Session small;
    private static RunRecord sigma4;
    private static RunRecord sigma8;

    private final Messages messages = new Messages();

    @BeforeAll
    static void record() throws IOException {
        try (InputStream in = RunListTest.class.getResourceAsStream("/ui/small.json")) {
            small = SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.json");
        }
        sigma4 = train(small);
        sigma8 = train(small.withDistribution(new Gaussian(8)));
    }

    /** A headless run of {@code s} to its end, recorded as the app records its live run. */
    private static RunRecord train(Session s) {
        Setup setup = Setup.of(s);
        RunRecordBuilder builder = new RunRecordBuilder(setup);
        try (TrainingRun run = new TrainingRun(setup)) {
            Snapshot snapshot;
            do {
                snapshot = run.advance();
                builder.add(snapshot);
            } while (snapshot.step() < s.training().steps());
        }
        return builder.build(s.training().steps(), null);
    }

    private RunList list(long budgetBytes) {
        RunList list = new RunList(new RunLibrary(budgetBytes), messages);
        list.live(small, "not started");
        return list;
    }

    @Test
    void recordsComeNewestFirstNamedByWhatDiffersFromTheRunBefore() {
        RunList list = list(RunLibrary.DEFAULT_BUDGET_BYTES);
        list.recordLive(sigma4);
        list.recordLive(sigma8);
        list.recordLive(null); // replaced before it trained a snapshot interval: not kept
        List<RunRow> rows = list.rows();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).live() && rows.get(0).ticked(), "the live run is the first row, compared by default");
        assertEquals(SessionDiff.describe(sigma4.session(), sigma8.session()), rows.get(1).name());
        assertTrue(rows.get(1).name().contains("8"), rows.get(1).name());
        assertEquals("small", rows.get(2).name(), "the first run is named after its session");
        assertEquals("live: " + SessionDiff.describe(sigma8.session(), small), rows.get(0).name());
        assertEquals("finished", rows.get(1).state());
        double mb = (sigma4.bytes() + sigma8.bytes()) / 1048576.0;
        assertEquals(String.format(java.util.Locale.ROOT, "2 runs, %.0f MB of 256 MB", mb), list.summaryProperty().get());
    }

    @Test
    void renamePinAndDeleteKeepTheListAndItsTicksRight() {
        RunList list = list(RunLibrary.DEFAULT_BUDGET_BYTES);
        list.recordLive(sigma4);
        list.recordLive(sigma8);
        long older = list.rows().get(2).id();
        long newer = list.rows().get(1).id();
        list.rename(older, "  baseline  ");
        assertEquals("baseline", list.rows().get(2).name());
        list.rename(older, " ");
        assertTrue(messages.isErrorProperty().get(), "an empty name is refused: " + messages.messageProperty().get());
        assertEquals("baseline", list.rows().get(2).name(), "the last good name stays");

        list.pin(newer, true);
        assertTrue(list.rows().get(1).pinned() && list.rows().get(1).ticked(), "a pinned run is compared");
        assertEquals(List.of(RunRow.LIVE, newer), List.copyOf(list.ticked().keySet()));
        list.view(newer);
        list.delete(newer);
        assertEquals(2, list.rows().size());
        assertEquals(List.of(RunRow.LIVE), List.copyOf(list.ticked().keySet()), "a deleted run is no longer compared");
        assertEquals(RunRow.LIVE, list.viewed(), "nor viewed");
        assertEquals("Deleted the run " + SessionDiff.describe(sigma4.session(), sigma8.session()), messages.messageProperty().get());
    }

    @Test
    void atMostFourRunsAreTicked() {
        RunList list = list(RunLibrary.DEFAULT_BUDGET_BYTES);
        for (int i = 0; i < 4; i++) {
            list.recordLive(i % 2 == 0 ? sigma4 : sigma8);
        }
        for (int row = 1; row <= 3; row++) {
            list.tick(list.rows().get(row).id(), true);
        }
        assertEquals(4, list.ticked().size());
        assertEquals(List.of(0, 1, 2, 3), List.copyOf(list.ticked().values()), "each ticked run has its colour slot");
        list.tick(list.rows().get(4).id(), true);
        assertEquals(4, list.ticked().size());
        assertTrue(messages.isErrorProperty().get());
        assertEquals("Compare at most 4 runs at once: untick one first", messages.messageProperty().get());
        long second = list.rows().get(2).id();
        list.tick(second, false);
        list.tick(list.rows().get(4).id(), true);
        assertEquals(2, list.ticked().get(list.rows().get(4).id()), "the freed colour slot is reused");
        assertFalse(list.rows().get(2).ticked());
    }

    /**
     * Over the budget the oldest unpinned record goes and the message bar names it; a pinned one
     * stays however old. Budget 1 MB (the least allowed); a record of the small session is far less.
     */
    @Test
    void theOldestUnpinnedRecordGoesOverTheBudgetAndTheUserIsTold() {
        RunList list = list(RunLibrary.MIN_BUDGET_BYTES);
        list.recordLive(sigma8);
        long pinned = list.rows().get(1).id();
        list.pin(pinned, true);
        int fit = (int) ((RunLibrary.MIN_BUDGET_BYTES - sigma8.bytes()) / sigma4.bytes());
        for (int i = 0; i < fit; i++) {
            list.recordLive(sigma4);
        }
        assertEquals(fit + 2, list.rows().size(), "all fit: " + list.summaryProperty().get());
        long oldestUnpinned = list.rows().get(list.rows().size() - 2).id();
        String oldestName = list.rows().get(list.rows().size() - 2).name();
        list.recordLive(sigma4);
        assertEquals(fit + 2, list.rows().size(), "one in, one out");
        assertTrue(list.rows().stream().noneMatch(r -> r.id() == oldestUnpinned), "the oldest unpinned record went");
        assertTrue(list.rows().stream().anyMatch(r -> r.id() == pinned), "the pinned one stayed, older still");
        assertEquals("Removed the oldest unpinned run \"" + oldestName + "\" to stay within the 1 MB for runs",
                messages.messageProperty().get());
        assertFalse(messages.isErrorProperty().get());
    }

    /**
     * Lowering the budget removes at once the oldest unpinned records over it (the newest and the
     * pinned stay) and says how many went; the summary reads the new budget.
     */
    @Test
    void aLowerBudgetRemovesTheOldestUnpinnedRecordsAtOnce() {
        RunList list = list(RunLibrary.DEFAULT_BUDGET_BYTES);
        list.recordLive(sigma8);
        long pinned = list.rows().get(1).id();
        list.pin(pinned, true);
        int fit = (int) ((RunLibrary.MIN_BUDGET_BYTES - sigma8.bytes()) / sigma4.bytes());
        for (int i = 0; i < fit + 3; i++) {
            list.recordLive(sigma4);
        }
        assertEquals(fit + 5, list.rows().size(), "all kept within 256 MB");
        long newest = list.rows().get(1).id();

        list.setBudgetMb(1);
        assertEquals(1, list.budgetMb());
        assertEquals(fit + 2, list.rows().size(), "the live row, the pinned record and the " + fit + " newest that fit in 1 MB");
        assertTrue(list.rows().stream().anyMatch(r -> r.id() == pinned) && list.rows().stream().anyMatch(r -> r.id() == newest));
        assertTrue(messages.messageProperty().get().startsWith("Removed the oldest unpinned runs "), messages.messageProperty().get());
        assertTrue(messages.messageProperty().get().endsWith("to stay within the 1 MB for runs"));
        long kept = sigma8.bytes() + (long) fit * sigma4.bytes();
        assertEquals(String.format(java.util.Locale.ROOT, "%d runs, %.0f MB of 1 MB", fit + 1, kept / 1048576.0),
                list.summaryProperty().get());
    }
}
