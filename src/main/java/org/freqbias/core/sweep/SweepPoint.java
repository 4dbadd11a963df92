package org.freqbias.core.sweep;

import java.util.List;

/**
 * One run of a sweep: its place in the grid's order, the index of each axis's value and the seed.
 *
 * @param index    position in the grid (first key outermost, the seed innermost)
 * @param valueIndex per axis, the index of its value
 * @param labels   per axis, the value's text
 */
public record SweepPoint(int index, int[] valueIndex, List<String> labels, long seed) {

    public SweepPoint {
        valueIndex = valueIndex.clone();
        labels = List.copyOf(labels);
    }

    @Override
    public int[] valueIndex() {
        return valueIndex.clone();
    }
}
