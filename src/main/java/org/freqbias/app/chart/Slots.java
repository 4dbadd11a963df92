package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a chart draws per run, one group per slot of the {@link ChartView} (slot 0 the leading run),
 * each made on first use and kept: a chart that once drew four runs keeps four groups and empties
 * those it does not need.
 */
final class Slots<T> {

    private final IntFunction<T> make;
    private final List<T> made = new ArrayList<>();

    /** {@code make} builds the group of a slot; slot 0 is made at once (its series come first). */
    Slots(IntFunction<T> make) {
        this.make = make;
        get(0);
    }

    /** The group of slot {@code i}, made now if it is new. */
    T get(int i) {
        while (made.size() <= i) {
            made.add(make.apply(made.size()));
        }
        return made.get(i);
    }

    /** The groups made for slots {@code from} and up: those a view of {@code from} runs leaves empty. */
    List<T> from(int from) {
        return made.subList(Math.min(from, made.size()), made.size());
    }
}
