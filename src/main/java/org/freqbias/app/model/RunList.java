package org.freqbias.app.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.freqbias.app.chart.Palette;
import org.freqbias.core.run.RunLibrary;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.run.Study;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionDiff;

/**
 * The run list: the live run (first row) and the recorded runs of the {@link RunLibrary} (newest
 * first, named by what differs from the run before, renamed, pinned, deleted; its memory budget
 * shown), which runs are ticked for comparison (at most {@link Palette#RUNS}, each keeping its
 * colour while ticked, all of one dimension; the live run is ticked until the user unticks it),
 * which one is viewed alone, and the compare mode.
 * The live run becomes a record when it is replaced ({@link #recordLive}); pinning the live run
 * pins its record and keeps it ticked, so a pinned run stays on the charts beside the runs that
 * follow it. {@link RunSelection} says what the boards draw. FX thread only.
 */
final class RunList {

    private final RunLibrary library;
    private final Messages messages;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyObjectWrapper<CompareMode> mode = new ReadOnlyObjectWrapper<>(this, "mode", CompareMode.OVERLAY);
    /** The colour slot of each ticked run, by id ({@link RunRow#LIVE} for the live run). */
    private final Map<Long, Integer> ticked = new LinkedHashMap<>();
    private final ReadOnlyLongWrapper viewed = new ReadOnlyLongWrapper(this, "viewed", RunRow.LIVE);
    private Session liveSession;
    private String liveState = "not started";
    private boolean livePinned;

    RunList(RunLibrary library, Messages messages) {
        this.library = library;
        this.messages = messages;
        ticked.put(RunRow.LIVE, 0); // the live run is compared with any run ticked (or pinned) beside it
    }

    // ---- the live run ----

    /** The live run is now of {@code session} and {@code state} ("training", "paused", "finished", ...). */
    void live(Session session, String state) {
        if (!session.equals(liveSession) || !state.equals(liveState)) {
            liveSession = session;
            liveState = state;
            refresh();
        }
    }

    /** The live run's name: what differs from the newest record, as a record of it would be named. */
    String liveName() {
        Session before = library.size() == 0 ? null : library.entries().get(0).record().session();
        return liveSession == null ? "live run" : SessionDiff.describe(before, liveSession);
    }

    /**
     * The live run was replaced: {@code record} (null when it never trained a snapshot interval)
     * joins the library as the newest run, pinned and ticked when the live run was pinned; the user is
     * told which runs the budget removed.
     */
    void recordLive(RunRecord record) {
        boolean pinned = livePinned;
        livePinned = false;
        if (record == null) {
            return;
        }
        RunLibrary.Added added = library.add(record);
        long id = added.entry().id();
        if (pinned) {
            library.pin(id, true);
            int slot = freeSlot();
            if (slot >= 0) {
                ticked.put(id, slot);
            }
        }
        removed(added.removed());
        refresh();
    }

    // ---- the user's actions ----

    /** Ticks or unticks run {@code id} for comparison; refuses a fifth run and a run of another dimension. */
    void tick(long id, boolean on) {
        if (!on) {
            ticked.remove(id);
        } else if (!ticked.containsKey(id)) {
            int slot = freeSlot();
            if (slot < 0) {
                messages.error("Compare at most " + Palette.RUNS + " runs at once: untick one first");
                return;
            }
            Optional<Integer> other = ticked.keySet().stream().map(this::dimension).filter(d -> d != dimension(id)).findFirst();
            if (other.isPresent()) {
                messages.error("Runs compared on one chart share their dimension: untick the " + other.get() + "D runs first");
                return;
            }
            ticked.put(id, slot);
        }
        refresh();
    }

    /** Shows run {@code id} alone (when fewer than two runs are ticked) and leads the scrubber with it. */
    void view(long id) {
        if (id == RunRow.LIVE || library.get(id).isPresent()) {
            viewed.set(id);
            refresh();
        }
    }

    /** Renames recorded run {@code id}; a bad name is refused with the reason. */
    void rename(long id, String name) {
        try {
            library.rename(id, name.strip());
            refresh();
        } catch (IllegalArgumentException e) {
            messages.error("Kept the name: " + e.getMessage());
        }
    }

    /** Deletes recorded run {@code id}. */
    void delete(long id) {
        library.get(id).ifPresent(e -> {
            library.delete(id);
            forget(id);
            messages.info("Deleted the run " + e.name());
            refresh();
        });
    }

    /**
     * Pins or unpins run {@code id}: a pinned record is never removed for the budget. Pinning also
     * ticks the run for comparison; the live run's pin goes to its record when it is replaced (it
     * needs to have trained: a run at step 0 is not kept).
     */
    void pin(long id, boolean on) {
        if (id == RunRow.LIVE) {
            livePinned = on;
        } else if (library.get(id).isPresent()) {
            library.pin(id, on);
        } else {
            return;
        }
        if (on && !ticked.containsKey(id)) {
            tick(id, true);
        } else {
            refresh();
        }
    }

    void setMode(CompareMode m) {
        mode.set(m);
        refresh();
    }

    // ---- studies ----

    /** Every run of the list as a study, the live run first when it has trained ({@code live} not null). */
    Study study(RunRecord live) {
        List<Study.Run> runs = new ArrayList<>();
        if (live != null) {
            runs.add(new Study.Run(clip(liveName()), livePinned, live));
        }
        runs.addAll(library.toStudy().runs());
        return new Study(runs);
    }

    /** Adds the runs of {@code study} and ticks the first {@link Palette#RUNS} of them (of the first's dimension) to compare. */
    void open(Study study, String fileName) {
        List<RunLibrary.Entry> removed = library.addAll(study);
        List<RunLibrary.Entry> added = library.entries().subList(0, Math.min(study.runs().size(), library.size()));
        ticked.clear();
        for (RunLibrary.Entry e : added) {
            if (ticked.size() < Palette.RUNS && (ticked.isEmpty() || dimension(e.id()) == dimension(added.get(0).id()))) {
                ticked.put(e.id(), ticked.size());
            }
        }
        viewed.set(added.isEmpty() ? RunRow.LIVE : added.get(0).id());
        messages.info("Opened " + fileName + ": " + study.runs().size() + " runs, " + ticked.size() + " of them compared");
        removed(removed);
        refresh();
    }

    // ---- what is drawn ----

    /** The ticked runs' ids in colour-slot order, with their slots. */
    Map<Long, Integer> ticked() {
        Map<Long, Integer> bySlot = new LinkedHashMap<>();
        ticked.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> bySlot.put(e.getKey(), e.getValue()));
        return bySlot;
    }

    long viewed() {
        return viewed.get();
    }

    ReadOnlyLongProperty viewedProperty() {
        return viewed.getReadOnlyProperty();
    }

    CompareMode mode() {
        return mode.get();
    }

    /** The record of run {@code id}, or empty (the live run, a deleted one). */
    Optional<RunRecord> record(long id) {
        return library.get(id).map(RunLibrary.Entry::record);
    }

    /** The name shown for run {@code id}. */
    String name(long id) {
        return id == RunRow.LIVE ? liveName() : library.get(id).map(RunLibrary.Entry::name).orElse("");
    }

    // ---- bookkeeping ----

    private int dimension(long id) {
        if (id == RunRow.LIVE) {
            return liveSession == null ? 0 : liveSession.domain().dimension();
        }
        return library.get(id).map(e -> e.record().session().domain().dimension()).orElse(0);
    }

    private int freeSlot() {
        for (int s = 0; s < Palette.RUNS; s++) {
            if (!ticked.containsValue(s)) {
                return s;
            }
        }
        return -1;
    }

    private void forget(long id) {
        ticked.remove(id);
        if (viewed.get() == id) {
            viewed.set(RunRow.LIVE);
        }
    }

    /** The memory budget for recorded runs, in MB. */
    long budgetMb() {
        return library.budgetBytes() >> 20;
    }

    /** Sets the memory budget to {@code mb} MB; the oldest unpinned runs over it go, and the message bar says which. */
    void setBudgetMb(long mb) {
        removed(library.setBudget(mb << 20));
        refresh();
    }

    /** Says which runs the budget removed, and forgets them. */
    private void removed(List<RunLibrary.Entry> gone) {
        gone.forEach(e -> forget(e.id()));
        if (!gone.isEmpty()) {
            String names = gone.stream().map(RunLibrary.Entry::name).reduce((a, b) -> a + "\", \"" + b).orElse("");
            messages.info(String.format(Locale.ROOT, "Removed the oldest unpinned run%s \"%s\" to stay within the %d MB for runs",
                    gone.size() > 1 ? "s" : "", names, library.budgetBytes() >> 20));
        }
    }

    private static String clip(String name) {
        return name.length() <= RunLibrary.MAX_NAME_LENGTH ? name : name.substring(0, RunLibrary.MAX_NAME_LENGTH - 1) + "…";
    }

    private void refresh() {
        List<RunRow> out = new ArrayList<>();
        out.add(new RunRow(RunRow.LIVE, "live: " + liveName(), true, livePinned, ticked.containsKey(RunRow.LIVE),
                colour(RunRow.LIVE), liveState, 0, dimension(RunRow.LIVE)));
        for (RunLibrary.Entry e : library.entries()) {
            RunRecord r = e.record();
            String state = r.finished() ? "finished" : (r.divergence() != null ? "diverged" : "stopped") + " at step " + r.stepsDone();
            out.add(new RunRow(e.id(), e.name(), false, e.pinned(), ticked.containsKey(e.id()), colour(e.id()), state,
                    r.bytes() / 1048576.0, r.session().domain().dimension()));
        }
        rows.setAll(out);
        summary.set(String.format(Locale.ROOT, "%d run%s, %.0f MB of %d MB", library.size(), library.size() == 1 ? "" : "s",
                library.totalBytes() / 1048576.0, library.budgetBytes() >> 20));
    }

    /** The colour of run {@code id} while it is overlaid with other runs, else null. */
    private String colour(long id) {
        Integer slot = ticked.get(id);
        return slot == null || ticked.size() < 2 || mode.get() != CompareMode.OVERLAY ? null : Palette.run(slot);
    }

    ObservableList<RunRow> rows() {
        return readOnlyRows;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CompareMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }
}
