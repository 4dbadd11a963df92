package org.freqbias.core.design;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Where and when a design measures learning times, the same in 1D and 2D: on rings, ring b holding
 * the grid frequencies with |xi| nearest to b dxi (in 1D the frequency b dxi alone), each ring
 * measured at its strongest frequency (the largest initial |r^|).
 *
 * <p>Where: at the peaks of the target's spectrum, the rings 0 &lt; b dxi &lt;= B whose strongest
 * initial error is a local maximum over the rings carrying at least {@link InverseDesign#ENERGY} of
 * the largest in the band. At a maximum diffusion only drains error; on a peak's flank and in the
 * dip between two peaks error diffuses in from the neighbours, so the learning time there is set
 * by them as much as by rho (gaussian-bias, rho uniform on [-12, 12]: 2.3-2.7 at the peaks 2, 6,
 * 11, 6.8 and 10.9 in the dips, 3.8 in the damping limit) and no rho makes it what one asks; where
 * the target has next to no energy a network's learning time is noise besides. A spectrum without
 * such a maximum (falling from xi = 0 across the band: broad, so diffusion is weak) is measured on
 * every ring of at least that fraction. Between probes rho follows the correction of the nearest.
 *
 * <p>When: the PDE is solved at {@link #TIMES} times spaced geometrically over
 * [c min s / 20, 8 c max s] (c from {@link WantedTimes#dampingScale}), so learning times from
 * much faster to much slower than the damping limit are found, interpolated as in a run.
 */
final class Probes {

    /** Control points of the designed rho: one per grid ring up to B while there are at most this many. */
    static final int MAX_CONTROL_POINTS = 1025;

    /** Solve times after t = 0. */
    static final int TIMES = 200;

    private final WantedTimes wanted;
    private final int[] indices;
    private final boolean atPeaks;
    private final double[] radius;
    private final double[] shape;
    private final double[] control;
    private final double[] times;

    private Probes(WantedTimes wanted, FrequencyGrid grid, int[] indices, boolean atPeaks, double[] control, double[] times) {
        this.wanted = wanted;
        this.atPeaks = atPeaks;
        this.indices = indices;
        this.radius = Arrays.stream(indices).mapToDouble(grid::magnitude).toArray();
        this.shape = Arrays.stream(radius).map(wanted::at).toArray();
        this.control = control;
        this.times = times;
    }

    /**
     * @throws IllegalArgumentException for a 2D product density, a band beyond the PDE's mesh or
     *     holding no grid frequency, or a target without energy in the band
     */
    static Probes of(Session session, WantedTimes wanted) {
        if (session.isPlane() && session.plane().shape() != PlaneSpec.Shape.RADIAL) {
            throw new IllegalArgumentException("the design needs a radial density in 2D (distribution.shape \"radial\"): "
                    + "a product density is not a function of |xi|, so learning times on rings do not fix it");
        }
        double band = wanted.band();
        double reach = session.pde().halfWidth(session.domain().nyquist());
        if (band > reach * (1 + 1e-12)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the wanted learning times reach |xi| = %.4g, beyond "
                    + "the PDE's frequency range %.4g: choose a band up to %.4g, or raise pde.maxFrequency", band, reach, reach));
        }
        Setup setup = Setup.of(session);
        FrequencyGrid grid = setup.grid();
        double[] abs0 = setup.initialResidual().abs();
        int last = (int) Math.floor(band / grid.spacing() * (1 + 1e-12));
        // Peaks are judged on whole rings; a probe is a frequency inside the band (in 2D ring `last` reaches past it).
        int[] strongest = strongestPerRing(grid, abs0, last + 1, Double.POSITIVE_INFINITY);
        int[] inside = strongestPerRing(grid, abs0, last, band);
        last = Math.min(last, inside.length - 1);
        if (last < 1 || inside[1] < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the band |xi| <= %.4g holds no frequency of the grid "
                    + "(spacing pi / L = %.4g): choose a wider band", band, grid.spacing()));
        }
        double[] ring = Arrays.stream(strongest).mapToDouble(k -> k < 0 ? 0 : abs0[k]).toArray();
        double largest = Arrays.stream(ring, 1, last + 1).max().orElse(0);
        if (!(largest > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the target has no energy on |xi| <= %.4g, so no "
                    + "learning time can be measured there: choose a band that covers its frequencies", band));
        }
        double floor = InverseDesign.ENERGY * largest;
        int[] peaks = peakRings(ring, last, floor);
        int[] rings = peaks.length > 0 ? peaks
                : java.util.stream.IntStream.rangeClosed(1, last).filter(b -> ring[b] >= floor).toArray();
        int[] indices = Arrays.stream(rings).map(b -> inside[b]).filter(k -> k >= 0).toArray();
        return new Probes(wanted, grid, indices, peaks.length > 0, controlPoints(wanted, grid.spacing()), times(wanted, grid.dimension()));
    }

    /**
     * The outermost ring radius b dxi whose strongest initial error carries at least
     * {@link InverseDesign#ENERGY} of the largest one within the PDE's frequency range: where the
     * target's frequencies end.
     */
    static double targetReach(Session session) {
        Setup setup = Setup.of(session);
        FrequencyGrid grid = setup.grid();
        double reach = session.pde().halfWidth(session.domain().nyquist());
        int[] strongest = strongestPerRing(grid, setup.initialResidual().abs(), (int) Math.floor(reach / grid.spacing()), reach);
        double[] abs0 = setup.initialResidual().abs();
        double largest = Arrays.stream(strongest).filter(k -> k >= 0).mapToDouble(k -> abs0[k]).max().orElse(0);
        int top = 0;
        for (int b = 1; b < strongest.length; b++) {
            if (strongest[b] >= 0 && abs0[strongest[b]] >= InverseDesign.ENERGY * largest && largest > 0) {
                top = b;
            }
        }
        return top * grid.spacing();
    }

    /**
     * For rings b = 0 .. {@code rings} (fewer when the grid ends before), the index of the grid
     * frequency with |xi| &lt;= {@code within} in ring b (|xi| / dxi rounded to b) with the largest
     * {@code abs}; -1 for a ring without one.
     */
    static int[] strongestPerRing(FrequencyGrid grid, double[] abs, int rings, double within) {
        int[] best = new int[rings + 1];
        Arrays.fill(best, -1);
        int top = -1;
        for (int k = 0; k < grid.size(); k++) {
            long b = Math.round(grid.magnitude(k) / grid.spacing());
            if (b <= rings && grid.magnitude(k) <= within && (best[(int) b] < 0 || abs[k] > abs[best[(int) b]])) {
                best[(int) b] = k;
                top = Math.max(top, (int) b);
            }
        }
        return Arrays.copyOf(best, top + 1);
    }

    /**
     * The rings 1 .. {@code last} where {@code ring} (the strongest initial error of each ring) has a
     * local maximum (not below the ring before, above the ring after) of at least {@code floor}.
     */
    static int[] peakRings(double[] ring, int last, double floor) {
        return java.util.stream.IntStream.rangeClosed(1, last)
                .filter(b -> ring[b] >= floor && ring[b] >= ring[b - 1] && (b + 1 >= ring.length || ring[b] > ring[b + 1]))
                .toArray();
    }

    /**
     * The grid rings 0, dxi, ... up to B and B itself, with the wanted curve's own points (so that
     * a step of the curve is a step of rho); {@link #MAX_CONTROL_POINTS} evenly spaced points when
     * the rings are more.
     */
    private static double[] controlPoints(WantedTimes wanted, double spacing) {
        double band = wanted.band();
        int rings = (int) Math.floor(band / spacing * (1 + 1e-12)) + 1;
        int count = Math.min(rings, MAX_CONTROL_POINTS);
        double step = rings <= MAX_CONTROL_POINTS ? spacing : band / (MAX_CONTROL_POINTS - 1);
        TreeSet<Double> points = new TreeSet<>();
        for (int j = 0; j < count; j++) {
            points.add(Math.min(band, j * step));
        }
        points.add(band);
        for (double x : wanted.frequencies()) {
            points.add(x);
        }
        double[] all = dropNearDuplicates(points.stream().mapToDouble(Double::doubleValue).toArray(), 1e-9 * band);
        return all.length <= PiecewiseLinearDensity.MAX_POINTS ? all
                : dropNearDuplicates(java.util.stream.IntStream.range(0, MAX_CONTROL_POINTS)
                        .mapToDouble(j -> band * j / (MAX_CONTROL_POINTS - 1)).toArray(), 0);
    }

    /** The ascending points without those closer than {@code gap} to the one kept before them; the last point stays. */
    private static double[] dropNearDuplicates(double[] ascending, double gap) {
        double[] out = new double[ascending.length];
        int n = 0;
        for (double x : ascending) {
            if (n == 0 || x - out[n - 1] > gap) {
                out[n++] = x;
            }
        }
        out[n - 1] = ascending[ascending.length - 1];
        return Arrays.copyOf(out, n);
    }

    /** t = 0, then {@link #TIMES} times spaced geometrically over [c min s / 20, 8 c max s]. */
    private static double[] times(WantedTimes wanted, int dimension) {
        double c = wanted.dampingScale(dimension);
        double[] s = wanted.shape();
        double lo = c * Arrays.stream(s).min().orElseThrow() / 20;
        double hi = 8 * c * Arrays.stream(s).max().orElseThrow();
        double[] t = new double[TIMES + 1];
        for (int i = 1; i <= TIMES; i++) {
            t[i] = lo * Math.pow(hi / lo, (i - 1) / (double) (TIMES - 1));
        }
        return t;
    }

    /** The wanted shape. */
    WantedTimes wanted() {
        return wanted;
    }

    /** The control points of the designed rho on [0, B] (a copy). */
    double[] controlPoints() {
        return control.clone();
    }

    /** The solve times (a copy). */
    double[] times() {
        return times.clone();
    }

    /** |xi| of each probe (a copy). */
    double[] radii() {
        return radius.clone();
    }

    /** s at each probe (a copy). */
    double[] wantedShape() {
        return shape.clone();
    }

    /** True when the probes are the spectrum's peaks; false when, having none in the band, every energetic ring is one. */
    boolean atPeaks() {
        return atPeaks;
    }

    /**
     * The learning time of each probe in a trajectory solved at {@link #times()}: the first t at which
     * its |u| falls below 1/e of its start; a lower bound (the last time) when it never does.
     */
    LearningTime[] learningTimes(SpectrumTrajectory trajectory) {
        double[][] abs = trajectory.abs();
        LearningTimeTracker tracker = new LearningTimeTracker(abs[0]);
        for (int i = 1; i < abs.length; i++) {
            tracker.add(trajectory.times()[i], abs[i]);
        }
        return tracker.at(indices);
    }

    /**
     * Values given at the probes, carried to the control points: linear in |xi| between probes, the
     * nearest probe's value beyond the first and the last.
     */
    double[] interpolate(double[] atProbes) {
        double[] out = new double[control.length];
        for (int j = 0; j < control.length; j++) {
            double x = control[j];
            int i = Arrays.binarySearch(radius, x);
            if (i >= 0) {
                out[j] = atProbes[i];
            } else {
                int upper = -i - 1;
                if (upper == 0) {
                    out[j] = atProbes[0];
                } else if (upper == radius.length) {
                    out[j] = atProbes[radius.length - 1];
                } else {
                    double t = (x - radius[upper - 1]) / (radius[upper] - radius[upper - 1]);
                    out[j] = atProbes[upper - 1] + t * (atProbes[upper] - atProbes[upper - 1]);
                }
            }
        }
        return out;
    }
}
