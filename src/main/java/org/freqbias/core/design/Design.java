package org.freqbias.core.design;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;

/**
 * What an {@link InverseDesign} found: the designed rho (the closest iterate), the time scale c of
 * tau* = c s it achieves, how the residual went, the wanted and predicted learning times where they
 * were measured and at the target's peaks, and what a run needs to reach them. Arrays are the
 * design's own: read, do not modify.
 *
 * @param timeScale c: the geometric mean over the probes of tau_pred / s
 * @param residuals per solve, the largest |tau_pred / (c s) - 1| over the probes
 * @param converged whether the last residual is within {@code tolerance}
 * @param atPeaks whether the probes are the peaks of the target's spectrum (else every ring carrying energy: it has no peak in the band)
 * @param probeFrequencies |xi| of each probe (a ring's strongest frequency in 2D), ascending
 * @param wantedTimes c s at each probe
 * @param predictedTimes the PDE's learning time at each probe, for the returned rho
 */
public record Design(Session session, PiecewiseLinearDensity rho, double timeScale, double[] residuals, boolean converged,
        double tolerance, boolean atPeaks, double[] probeFrequencies, double[] wantedTimes, LearningTime[] predictedTimes, List<PeakTime> peaks,
        RunNeeds run) {

    /**
     * The wanted and predicted learning time at one of the target's peaks.
     *
     * @param frequency the peak's frequency vector on the grid
     * @param wanted c s(|xi|), NaN beyond the band
     * @param predicted the PDE's learning time at the peak's grid frequency
     */
    public record PeakTime(double[] frequency, double wanted, LearningTime predicted) {

        public double magnitude() {
            return Math.sqrt(Arrays.stream(frequency).map(v -> v * v).sum());
        }
    }

    /**
     * The gradient-flow time a run needs, {@link #RUN_MARGIN} times the slowest predicted learning
     * time at the probes, and what buys it: steps = time / eta at the session's eta, or eta = time /
     * steps for the session's steps, against the stability limit 2 / lambda_max of the designed
     * kernel (NaN when unknown: deep networks).
     */
    public record RunNeeds(double time, double sessionRate, long stepsAtSessionRate, int sessionSteps, double rateForSessionSteps,
            double stableRate) {

        /** A run reaches t = 2 x the slowest learning time: its error there falls to about e^-2 (14 %). */
        public static final double RUN_MARGIN = 2;

        static RunNeeds of(double slowest, Session session, OptionalDouble stable) {
            double time = RUN_MARGIN * slowest;
            double eta = session.training().learningRate();
            int steps = session.training().steps();
            return new RunNeeds(time, eta, (long) Math.ceil(time / eta), steps, time / steps, stable.orElse(Double.NaN));
        }

        /** Whether the session's own learning rate is stable for the designed rho (true when unknown). */
        public boolean sessionRateStable() {
            return !(sessionRate > stableRate);
        }

        /** Whether {@link #rateForSessionSteps} is stable (true when unknown). */
        public boolean rateForStepsStable() {
            return !(rateForSessionSteps > stableRate);
        }
    }

    static Design of(InverseDesign.Iterate best, double[] residuals, double tolerance) {
        Setup setup = best.setup();
        Probes probes = best.probes();
        double c = best.scale();
        double[] wanted = Arrays.stream(probes.wantedShape()).map(s -> c * s).toArray();
        double slowest = Arrays.stream(best.probeTimes()).mapToDouble(LearningTime::time).max().orElse(Double.NaN);
        return new Design(setup.session(), best.rho(), c, residuals.clone(), residuals[residuals.length - 1] <= tolerance,
                tolerance, probes.atPeaks(), probes.radii(), wanted, best.probeTimes().clone(), peaks(best),
                RunNeeds.of(slowest, setup.session(), setup.maxStableLearningRate()));
    }

    /** The PDE's learning time at each of the target's peaks, beside c s(|xi_p|). */
    private static List<PeakTime> peaks(InverseDesign.Iterate best) {
        double[][] abs = best.trajectory().abs();
        double[] t = best.trajectory().times();
        LearningTimeTracker tracker = new LearningTimeTracker(abs[0]);
        for (int i = 1; i < abs.length; i++) {
            tracker.add(t[i], abs[i]);
        }
        Setup setup = best.setup();
        int[] indices = setup.peakIndices();
        double[][] vectors = setup.peaks();
        return java.util.stream.IntStream.range(0, indices.length)
                .mapToObj(p -> {
                    double magnitude = setup.grid().magnitude(indices[p]);
                    return new PeakTime(vectors[p], best.scale() * best.probes().wanted().at(magnitude), tracker.at(indices[p]));
                })
                .toList();
    }

    /** The residual of the returned rho (the smallest of {@link #residuals}). */
    public double residual() {
        return Arrays.stream(residuals).min().orElse(Double.NaN);
    }

    /** The number of PDE solves. */
    public int solves() {
        return residuals.length;
    }
}
