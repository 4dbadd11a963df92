package org.freqbias.app.model;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.RunView;

/**
 * What the boards draw at the time the {@link Scrubber} shows: the runs of the main board and, side
 * by side, of the second board, each positioned at its kept snapshot nearest to that time, and the
 * scrubber's position over the leading run (the first of the main board). Republishes only when
 * the runs or the time changed. FX thread only.
 */
final class Replay {

    private final Scrubber scrubber = new Scrubber();
    private final ReadOnlyObjectWrapper<ChartView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<ChartView> second = new ReadOnlyObjectWrapper<>(this, "secondView");
    private final ReadOnlyObjectWrapper<ScrubPosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    private List<RunView> mainRuns = List.of();
    private List<RunView> secondRuns = List.of();
    private long lastFrame = -1;
    private boolean dirty;

    /**
     * Draws {@code main} (1 to 4 runs, at their newest snapshots; empty: nothing yet) and, side by
     * side, {@code beside} (empty: no second board) from the next frame on.
     */
    void show(List<RunView> main, List<RunView> beside) {
        mainRuns = List.copyOf(main);
        secondRuns = List.copyOf(beside);
        dirty = true;
    }

    /** Once per frame at {@code now} (nanoseconds): plays back, and publishes what changed. */
    void frame(long now) {
        double seconds = lastFrame < 0 ? 0 : (now - lastFrame) * 1e-9;
        lastFrame = now;
        if (mainRuns.isEmpty()) {
            return;
        }
        ChartData lead = mainRuns.get(0).data();
        dirty |= scrubber.advance(seconds, lead.keptTimes(), lead.totalTime());
        if (dirty) {
            publish();
        }
    }

    private void publish() {
        dirty = false;
        ChartData lead = mainRuns.get(0).data();
        double[] kept = lead.keptTimes();
        double t = scrubber.timeIn(kept);
        ChartView shown = at(mainRuns, t);
        // The second board first: a listener of the main view draws both at one time.
        second.set(secondRuns.isEmpty() ? null : at(secondRuns, t));
        view.set(shown);
        ChartData leadShown = shown.lead().data();
        position.set(new ScrubPosition(leadShown.shownIndex(), kept.length, t, leadShown.step(), scrubber.following()));
    }

    private static ChartView at(List<RunView> runs, double t) {
        return new ChartView(runs.stream().map(r -> new RunView(r.data().at(t), r.label(), r.style())).toList(), t);
    }

    // ---- the user's moves, over the leading run's kept times ----

    /** Shows kept snapshot {@code index} of the leading run (the slider); the newest follows again. */
    void scrubTo(int index) {
        withKept(kept -> {
            int i = Math.max(0, Math.min(kept.length - 1, index));
            if (i == kept.length - 1) {
                scrubber.follow();
            } else {
                scrubber.hold(kept[i]);
            }
        });
    }

    /** {@code delta} kept snapshots on (Left -1, Right +1). */
    void step(int delta) {
        withKept(kept -> scrubber.step(kept, delta));
    }

    /** The first kept snapshot (Home). */
    void home() {
        withKept(scrubber::home);
    }

    /** The newest snapshot, followed from now on (End). */
    void end() {
        withKept(kept -> scrubber.follow());
    }

    void togglePlayback() {
        withKept(scrubber::togglePlay);
    }

    void setSpeed(double speed) {
        scrubber.setSpeed(speed);
    }

    private void withKept(java.util.function.Consumer<double[]> move) {
        if (mainRuns.isEmpty()) {
            scrubber.follow();
        } else {
            move.accept(mainRuns.get(0).data().keptTimes());
            dirty = true; // drawn at the next frame, like new data
        }
    }

    ReadOnlyObjectProperty<ChartView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartView> secondViewProperty() {
        return second.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ScrubPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty playingProperty() {
        return scrubber.playingProperty();
    }

    ReadOnlyDoubleProperty speedProperty() {
        return scrubber.speedProperty();
    }
}
