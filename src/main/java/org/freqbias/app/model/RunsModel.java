package org.freqbias.app.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartView;
import org.freqbias.core.run.RunLibrary;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.session.Session;
import org.freqbias.core.sweep.SweepRuns;

/**
 * The runs side of the app, as the views see it: the run list ({@link RunList}: the live run and
 * the recorded ones, ticks, pins, names, the budget), what the boards draw ({@link RunSelection},
 * at the time of the {@link Replay}), the time scrubber, and studies saved and opened and sweep
 * folders read in the background ({@link StudyWorker}). The {@link ExperimentModel} hands it the live run every frame
 * and its record when the run is replaced. FX thread only.
 */
public final class RunsModel implements AutoCloseable {

    private final Messages messages;
    private final RunList list;
    private final RunSelection selection = new RunSelection();
    private final Replay replay = new Replay();
    private final StudyWorker studies = new StudyWorker();
    private final SimpleObjectProperty<SweepRuns> sweep = new SimpleObjectProperty<>();
    private ChartData live;
    /** Set when what the boards draw must be worked out again at the next frame. */
    private boolean changed;

    RunsModel(Messages messages, RunLibrary library) {
        this.messages = messages;
        this.list = new RunList(library, messages);
    }

    // ---- from the experiment model ----

    /** Once per frame at {@code now}: the live run's data (null before its first snapshot), session and state. */
    void frame(long now, ChartData liveData, Session liveSession, String liveState) {
        list.live(liveSession, liveState);
        for (StudyWorker.Outcome o = studies.poll(); o != null; o = studies.poll()) {
            take(o);
        }
        if (liveData != live || changed) {
            live = liveData;
            changed = false;
            RunSelection.Boards boards = selection.boards(list, live);
            replay.show(boards.main(), boards.beside());
        }
        replay.frame(now);
    }

    /** The live run is replaced: its record (null when it never trained) joins the list; the next one is followed. */
    void replaced(RunRecord record) {
        list.recordLive(record);
        replay.end();
        changed = true;
    }

    // ---- the run list ----

    /** The rows of the run list: the live run first, then the recorded runs, newest first. */
    public ObservableList<RunRow> rows() {
        return list.rows();
    }

    /** "12 runs, 48 MB of 256 MB": the recorded runs and their memory against the budget. */
    public ReadOnlyStringProperty summaryProperty() {
        return list.summaryProperty();
    }

    /** The smallest memory budget for recorded runs the app offers, in MB. */
    public static final long MIN_BUDGET_MB = 16;

    /**
     * The largest memory budget for recorded runs the app offers, in MB: half the heap, so that the
     * live run, its PDE and kernel flows and the window keep the other half.
     */
    public static long maxBudgetMb() {
        return Math.max(MIN_BUDGET_MB, Runtime.getRuntime().maxMemory() / 2 >> 20);
    }

    /** The memory budget for recorded runs, in MB. */
    public long budgetMb() {
        return list.budgetMb();
    }

    /**
     * Sets the memory budget for recorded runs to {@code mb} MB, clamped to
     * [{@link #MIN_BUDGET_MB}, {@link #maxBudgetMb()}]; the oldest unpinned runs over it are removed.
     */
    public void setBudgetMb(long mb) {
        list.setBudgetMb(Math.max(MIN_BUDGET_MB, Math.min(maxBudgetMb(), mb)));
    }

    /** The record of recorded run {@code id}, or empty (the live run, a deleted one). */
    public Optional<RunRecord> record(long id) {
        return list.record(id);
    }

    /** Ticks run {@code id} for comparison or unticks it (at most 4, of one dimension). */
    public void tick(long id, boolean on) {
        list.tick(id, on);
        changed = true;
    }

    /** Shows run {@code id} alone while fewer than two runs are ticked, and leads the scrubber with it. */
    public void view(long id) {
        list.view(id);
        changed = true;
    }

    /** The run shown alone while fewer than two are ticked ({@link RunRow#LIVE} by default). */
    public ReadOnlyLongProperty viewedProperty() {
        return list.viewedProperty();
    }

    public void rename(long id, String name) {
        list.rename(id, name);
        changed = true; // legends name the runs
    }

    public void delete(long id) {
        list.delete(id);
        changed = true;
    }

    /** Pins run {@code id} (never removed for the budget) and ticks it to compare; or unpins it. */
    public void pin(long id, boolean on) {
        list.pin(id, on);
        changed = true;
    }

    public void setMode(CompareMode mode) {
        list.setMode(mode);
        changed = true;
    }

    public ReadOnlyObjectProperty<CompareMode> modeProperty() {
        return list.modeProperty();
    }

    // ---- studies ----

    /** Saves every run of the list ({@code liveRecord}, the live run's, first when not null) to {@code file}, in the background. */
    void saveStudy(Path file, RunRecord liveRecord) {
        studies.save(file, list.study(liveRecord));
        messages.info("Saving the study " + file.getFileName() + "…");
    }

    /** Opens the study in {@code file} in the background; its runs join the list and are compared, or a message says why not. */
    public void openStudy(Path file) {
        studies.open(file);
        messages.info("Opening the study " + file.getFileName() + "…");
    }

    // ---- sweep folders ----

    /**
     * Reads the sweep folder {@code dir} in the background; once read it becomes {@link #sweepProperty},
     * or a message names what is wrong and the last sweep stays.
     */
    public void openSweep(Path dir) {
        studies.openSweep(dir);
        messages.info("Reading the sweep folder " + dir + "…");
    }

    /** The sweep folder last read; null before the first. Its complete runs open through {@link #openStudy}. */
    public ReadOnlyObjectProperty<SweepRuns> sweepProperty() {
        return sweep;
    }

    private void take(StudyWorker.Outcome o) {
        if (o.error() != null) {
            messages.error(o.error());
        } else if (o.sweep() != null) {
            sweep.set(o.sweep());
            messages.info("Opened the sweep " + o.file() + ": " + o.sweep().complete() + " of " + o.sweep().runs().size()
                    + " runs complete");
        } else if (o.opened() != null) {
            list.open(o.opened(), o.file().getFileName().toString());
            replay.end();
            changed = true;
        } else {
            messages.info("Saved " + o.saved() + " runs to the study " + o.file());
        }
    }

    // ---- what the boards draw, and the time scrubber ----

    /** What the main board draws: the runs shown at the time the scrubber shows; null before the first snapshot. */
    public ReadOnlyObjectProperty<ChartView> viewProperty() {
        return replay.viewProperty();
    }

    /** What the second board draws side by side, or null when there is none. */
    public ReadOnlyObjectProperty<ChartView> secondViewProperty() {
        return replay.secondViewProperty();
    }

    /** Where the time scrubber stands over the leading run; null before the first snapshot. */
    public ReadOnlyObjectProperty<ScrubPosition> scrubPositionProperty() {
        return replay.positionProperty();
    }

    /** Shows kept snapshot {@code index} of the leading run (the slider); the newest is followed again. */
    public void scrubTo(int index) {
        replay.scrubTo(index);
    }

    /** Shows the kept snapshot {@code delta} on from the one shown (Left -1, Right +1). */
    public void scrubStep(int delta) {
        replay.step(delta);
    }

    /** Shows the first kept snapshot (Home). */
    public void scrubHome() {
        replay.home();
    }

    /** Shows the newest snapshot and follows the next ones (End). */
    public void scrubEnd() {
        replay.end();
    }

    /** Starts or stops playback of the leading run (from its first snapshot when at the newest). */
    public void togglePlayback() {
        replay.togglePlayback();
    }

    /** Sets the playback speed, one of {@link #playbackSpeeds()} (x1 plays a run in 10 s). */
    public void setPlaybackSpeed(double speed) {
        replay.setSpeed(speed);
    }

    /** The playback speeds offered: x0.25 .. x8. */
    public static List<Double> playbackSpeeds() {
        return Scrubber.SPEEDS;
    }

    /** Whether playback runs. */
    public ReadOnlyBooleanProperty playbackProperty() {
        return replay.playingProperty();
    }

    public ReadOnlyDoubleProperty playbackSpeedProperty() {
        return replay.speedProperty();
    }

    @Override
    public void close() {
        studies.close();
    }
}
