package org.freqbias.app.model;

/**
 * Where the time scrubber stands, for its view: the kept snapshot shown among the leading run's
 * {@code count} kept snapshots, its time and step, and whether the newest is being followed.
 *
 * @param index the kept snapshot shown, 0 .. count - 1
 * @param time the time shown (during playback between kept snapshots)
 * @param step the gradient-descent steps of the snapshot shown
 * @param following true while the scrubber follows the newest snapshot
 */
public record ScrubPosition(int index, int count, double time, int step, boolean following) {
}
