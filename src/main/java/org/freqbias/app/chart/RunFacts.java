package org.freqbias.app.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * What a run is, as the charts need it, whether it is training now or was recorded: its session,
 * its frequency grid, the target on the data grid, |r^(xi, 0)|, the target's peaks and the pure
 * damping time at any frequency. Immutable; arrays are copies.
 */
public final class RunFacts {

    private final Session session;
    private final FrequencyGrid grid;
    private final double[] target;
    private final double[] initialAbs;
    private final int[] peakIndices;
    private final ToDoubleFunction<double[]> pureDamping;

    /**
     * @param target g at the grid points ({@link Domain#points()} order)
     * @param initialAbs |r^(xi, 0)| over {@code grid}
     * @param peakIndices indices into {@code grid} of the target's peaks, ascending in |xi|
     * @param pureDamping xi -> 1 / ((2 pi)^d rho(xi)), infinite where rho vanishes
     */
    public RunFacts(Session session, FrequencyGrid grid, double[] target, double[] initialAbs, int[] peakIndices,
            ToDoubleFunction<double[]> pureDamping) {
        this.session = session;
        this.grid = grid;
        this.target = target.clone();
        this.initialAbs = initialAbs.clone();
        this.peakIndices = peakIndices.clone();
        this.pureDamping = pureDamping;
    }

    /** The facts of a run of {@code setup}. */
    public static RunFacts of(Setup setup) {
        return new RunFacts(setup.session(), setup.grid(), setup.target(), setup.initialResidual().abs(),
                setup.peakIndices(), setup::pureDampingTime);
    }

    public Session session() {
        return session;
    }

    public Domain domain() {
        return session.domain();
    }

    public FrequencyGrid grid() {
        return grid;
    }

    /** g at the grid points (a copy). */
    public double[] target() {
        return target.clone();
    }

    /** |r^(xi, 0)| over the grid (a copy). */
    public double[] initialAbs() {
        return initialAbs.clone();
    }

    /** True when the PDE describes the network exactly (2 layers); false when it is only a reference. */
    public boolean pdeIsExact() {
        return !session.network().isDeep();
    }

    /** Total gradient-flow time of the full run, eta * steps. */
    public double totalTime() {
        return session.training().timeAt(session.training().steps());
    }

    /** 1 / ((2 pi)^d rho(xi)): the learning time of xi without diffusion. */
    public double pureDampingTime(double[] xi) {
        return pureDamping.applyAsDouble(xi);
    }

    // ---- the target's peaks ----

    public int peakCount() {
        return peakIndices.length;
    }

    /** Index into the grid of peak {@code p}. */
    public int peakIndex(int p) {
        return peakIndices[p];
    }

    /** |xi| of each target peak (its grid frequency), in peak order: where the frequency charts mark the peaks. */
    public double[] peakMagnitudes() {
        return Arrays.stream(peakIndices).mapToDouble(grid::magnitude).toArray();
    }

    /** The peak's frequency as the legend writes it: "ξ = 3.14" in 1D, "ξ = (3.14, 0.00)" in 2D. */
    public String peakLabel(int p) {
        double[] xi = grid.frequency(peakIndices[p]);
        String components = DoubleStream.of(xi).mapToObj(v -> String.format(Locale.ROOT, "%.3g", v))
                .collect(Collectors.joining(", "));
        return "ξ = " + (xi.length == 1 ? components : "(" + components + ")");
    }

    /**
     * Upper end of the frequency axes (1D) or half-width of the frequency square (2D): twice the
     * largest |xi| of the target's peaks rounded up to a tick, at most the Nyquist frequency (all of
     * it for a target without peaks).
     */
    public double maxFrequency() {
        double top = Arrays.stream(peakIndices).mapToDouble(grid::magnitude).max().orElse(0);
        return axisTop(top, domain().nyquist());
    }

    /** Twice {@code top} (the highest peak frequency) rounded up to a tick, at most {@code nyquist}. */
    static double axisTop(double top, double nyquist) {
        if (!(top > 0) || 2 * top >= nyquist) {
            return nyquist;
        }
        double step = Ticks.niceStep(2 * top, 8);
        return Math.min(nyquist, Math.ceil(2 * top / step) * step);
    }
}
