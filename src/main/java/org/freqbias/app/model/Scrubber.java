package org.freqbias.app.model;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.freqbias.core.numeric.Nearest;

/**
 * The time scrubber under the charts: which time the charts show. It follows the newest snapshot of
 * the run it is over (during live training, each new one) until the user holds it at a kept time
 * (dragged back, Left, Home); End, or a step right onto the newest, follows again. Playback moves
 * the held time forward at {@link #SPEEDS} times the base rate, x1 playing a whole run in
 * {@link #SECONDS_PER_RUN} seconds, and follows again when it reaches the newest snapshot. Works on
 * the kept times of the run it is over, whichever that is. FX thread only.
 */
final class Scrubber {

    /** The playback speeds offered. */
    static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0);
    /** Seconds x1 takes to play a whole run (its total time eta * steps). */
    static final double SECONDS_PER_RUN = 10;

    /** The time held, NaN while following the newest snapshot. */
    private double held = Double.NaN;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);

    /** True while the newest snapshot is followed. */
    boolean following() {
        return Double.isNaN(held);
    }

    /** The time to show over {@code kept} (the run's kept times, ascending, not empty). */
    double timeIn(double[] kept) {
        return following() ? kept[kept.length - 1] : held;
    }

    /** Holds the charts at time {@code t} (a drag of the slider); stops playback. */
    void hold(double t) {
        held = t;
        playing.set(false);
    }

    /** Follows the newest snapshot again (End). */
    void follow() {
        held = Double.NaN;
        playing.set(false);
    }

    /**
     * Moves {@code delta} kept snapshots from the one shown (Left -1, Right +1), within {@code kept};
     * onto the newest it follows again.
     */
    void step(double[] kept, int delta) {
        int i = Nearest.index(k -> kept[k], kept.length, timeIn(kept));
        int to = Math.max(0, Math.min(kept.length - 1, i + delta));
        if (to == kept.length - 1) {
            follow();
        } else {
            hold(kept[to]);
        }
    }

    /** Holds at the first kept snapshot (Home). */
    void home(double[] kept) {
        hold(kept[0]);
    }

    /** Starts or stops playback; started at the newest snapshot, it plays from the first. */
    void togglePlay(double[] kept) {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (following() || held >= kept[kept.length - 1]) {
            held = kept[0];
        }
        playing.set(true);
    }

    void setSpeed(double s) {
        if (!SPEEDS.contains(s)) {
            throw new IllegalArgumentException("playback speed must be one of " + SPEEDS + ", got " + s);
        }
        speed.set(s);
    }

    /**
     * Plays {@code seconds} of playback over a run of total time {@code total} whose newest kept
     * time is the last of {@code kept}: the held time moves by speed x total / {@link #SECONDS_PER_RUN}
     * per second; at the newest snapshot it follows and stops. Returns whether the time moved.
     */
    boolean advance(double seconds, double[] kept, double total) {
        if (!playing.get() || following()) {
            return false;
        }
        double next = held + speed.get() * total / SECONDS_PER_RUN * seconds;
        if (next >= kept[kept.length - 1]) {
            follow();
        } else {
            held = next;
        }
        return true;
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }
}
