package org.freqbias.app.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.freqbias.core.experiment.RunFacts;

/** How the charts frame and name a run's target peaks: the top of the frequency axes, the legend's "ξ = ...". */
final class PeakAxes {

    private PeakAxes() {
    }

    /**
     * Upper end of the frequency axes (1D) or half-width of the frequency square (2D): twice the
     * largest |xi| of the target's peaks rounded up to a tick, at most the Nyquist frequency (all of
     * it for a target without peaks).
     */
    static double maxFrequency(RunFacts run) {
        double top = Arrays.stream(run.peakMagnitudes()).max().orElse(0);
        return axisTop(top, run.domain().nyquist());
    }

    /** Twice {@code top} (the highest peak frequency) rounded up to a tick, at most {@code nyquist}. */
    static double axisTop(double top, double nyquist) {
        if (!(top > 0) || 2 * top >= nyquist) {
            return nyquist;
        }
        double step = Ticks.niceStep(2 * top, 8);
        return Math.min(nyquist, Math.ceil(2 * top / step) * step);
    }

    /** Peak {@code p}'s frequency as the legend writes it: "ξ = 3.14" in 1D, "ξ = (3.14, 0.00)" in 2D. */
    static String label(RunFacts run, int p) {
        double[] xi = run.grid().frequency(run.peakIndex(p));
        String components = DoubleStream.of(xi).mapToObj(v -> String.format(Locale.ROOT, "%.3g", v))
                .collect(Collectors.joining(", "));
        return "ξ = " + (xi.length == 1 ? components : "(" + components + ")");
    }
}
