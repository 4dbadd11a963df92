package org.freqbias.core.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.freqbias.core.dist.DensityPoints;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Finds the drawn density rho whose PDE learns the frequencies of a session's target at the
 * learning times one wants (THEORY.md section 11; the shared theory note, section 8).
 *
 * <p>Start from the damping limit: tau(xi) = 1 / ((2 pi)^d rho(xi)), so rho proportional to
 * 1 / s(xi) on the band |xi| &lt;= B and 0 beyond gives tau* = c s exactly when there is no
 * diffusion (unit mass fixes c). Diffusion moves error between neighbouring frequencies, so then
 * correct by a fixed point on the finite-element solve:
 * <pre>
 *   rho &lt;- rho (tau_pred / (c s))^alpha, renormalized,   c = the geometric mean of tau_pred / s,
 * </pre>
 * alpha = {@link #ALPHA}, until every measured learning time is within {@link #TOLERANCE} of c s, or
 * after {@link #MAX_SOLVES} solves; the closest iterate is returned. The correction is measured at
 * the frequencies that carry energy ({@link Probes}) and interpolated between them; rho is a
 * {@link PiecewiseLinearDensity} on {@link Probes#controlPoints}. In 2D the same code runs on rings
 * (a radial profile); product densities are refused.
 */
public final class InverseDesign {

    /**
     * Learning times are measured at the frequencies (rings in 2D) whose initial error is at least
     * this fraction of the largest in the band ({@link Probes}).
     */
    public static final double ENERGY = 0.1;

    /** Exponent of the fixed-point correction (THEORY: about 1/2). */
    public static final double ALPHA = 0.5;

    /** Converged when every measured learning time is within this of c s (relative). */
    public static final double TOLERANCE = 0.02;

    /** At most this many PDE solves. */
    public static final int MAX_SOLVES = 20;

    /**
     * Each candidate rho drops the control points it can do without within this fraction of its
     * largest value ({@link DensityPoints#simplified}): a designed density with a few points, not
     * one per grid frequency, is one a person can go on editing by hand.
     */
    static final double THINNING = 2e-3;

    /** A correction changes rho by at most this factor per solve (a frequency not learned in the solve's time span). */
    static final double MAX_FACTOR = 4;

    /** Told after each solve; may stop the design. */
    public interface Listener {

        /** After solve {@code solves} (1-based), whose largest relative deviation from the wanted shape is {@code residual}. */
        void solved(int solves, double residual);

        /** True to stop before the next solve ({@link #design} then throws {@link CancellationException}). */
        default boolean cancelled() {
            return false;
        }
    }

    /** A listener that hears nothing and never cancels. */
    public static final Listener SILENT = (solves, residual) -> { };

    private InverseDesign() {
    }

    /**
     * The designed rho for {@code session} (its target, domain, network and PDE settings) and the
     * wanted shape.
     *
     * @throws IllegalArgumentException for a session or shape the design cannot serve, saying why and what to change
     * @throws CancellationException when the listener cancels
     */
    public static Design design(Session session, WantedTimes wanted, Listener listener) {
        Probes probes = Probes.of(session, wanted);
        double[] control = probes.controlPoints();
        double[] rho = new double[control.length];
        for (int j = 0; j < control.length; j++) {
            rho[j] = 1 / wanted.at(control[j]);
        }
        List<Double> residuals = new ArrayList<>();
        Iterate best = null;
        for (int solve = 1; solve <= MAX_SOLVES; solve++) {
            if (listener.cancelled()) {
                throw new CancellationException("the design was cancelled");
            }
            Iterate now = Iterate.solve(session, DensityPoints.simplified(control, rho, THINNING), probes);
            residuals.add(now.residual());
            listener.solved(solve, now.residual());
            if (best == null || now.residual() < best.residual()) {
                best = now;
            }
            if (now.residual() <= TOLERANCE) {
                break;
            }
            double[] correction = probes.interpolate(now.logCorrection(ALPHA, Math.log(MAX_FACTOR)));
            for (int j = 0; j < rho.length; j++) {
                rho[j] *= Math.exp(correction[j]);
            }
        }
        return Design.of(best, residuals.stream().mapToDouble(Double::doubleValue).toArray(), TOLERANCE);
    }

    /**
     * Where the target's frequencies end: the largest |xi| (a ring's radius in 2D) whose initial
     * error carries at least {@link #ENERGY} of the largest, within the PDE's frequency range; 0 for
     * a target without energy. The band preset learns "the rest" up to here.
     */
    public static double targetReach(Session session) {
        return Probes.targetReach(session);
    }

    /**
     * One solve: the setup of a candidate rho, the PDE's learning times at the probes and at every
     * grid frequency, and how far they are from the wanted shape.
     *
     * @param scale c, the geometric mean of tau / s over the probes
     * @param residual max over the probes of |tau / (c s) - 1|
     */
    record Iterate(Setup setup, Probes probes, SpectrumTrajectory trajectory, LearningTime[] probeTimes, double scale,
            double residual) {

        static Iterate solve(Session session, PiecewiseLinearDensity rho, Probes probes) {
            Setup setup = Setup.of(session.withDistribution(rho));
            SpectrumTrajectory trajectory = setup.predictionAt(probes.times());
            LearningTime[] times = probes.learningTimes(trajectory);
            double[] s = probes.wantedShape();
            double scale = probes.wanted().fittedScale(probes.radii(),
                    Arrays.stream(times).mapToDouble(LearningTime::time).toArray());
            double residual = 0;
            for (int p = 0; p < s.length; p++) {
                residual = Math.max(residual, Math.abs(times[p].time() / (scale * s[p]) - 1));
            }
            return new Iterate(setup, probes, trajectory, times, scale, residual);
        }

        /** alpha log(tau / (c s)) at each probe, clamped to [-limit, limit]. */
        double[] logCorrection(double alpha, double limit) {
            double[] s = probes.wantedShape();
            double[] out = new double[s.length];
            for (int p = 0; p < s.length; p++) {
                double f = alpha * Math.log(probeTimes[p].time() / (scale * s[p]));
                out[p] = Math.max(-limit, Math.min(limit, f));
            }
            return out;
        }

        PiecewiseLinearDensity rho() {
            return (PiecewiseLinearDensity) setup.session().distribution();
        }
    }
}
