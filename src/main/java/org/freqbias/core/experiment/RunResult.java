package org.freqbias.core.experiment;

import java.util.List;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * What a finished (or stopped) headless run measured.
 *
 * @param stepsDone steps actually trained
 * @param times snapshot times t
 * @param agreements network-vs-PDE distance at each snapshot time
 * @param maxDistances the largest distance over time between every pair of spectra: network "nn", PDE "pde" and
 *     each kernel flow by its short name ("nn-pde", "nn-ntk", "pde-ntk", ...)
 * @param peaks the target's peak frequencies on the FFT grid, one vector per peak (length 1 in 1D, 2 in 2D),
 *     ascending in |xi|
 * @param pureDampingTimes per peak, 1 / ((2 pi)^d rho(xi)): the learning time without diffusion
 * @param networkPeakTimes learning time of each peak in the network
 * @param pdePeakTimes learning time of each peak in the PDE
 * @param kernelFlowPeakTimes learning time of each peak in each kernel flow of the run; empty without
 * @param divergence null, or the message of a run stopped because it diverged
 * @param trainSeconds wall time spent training (excluding the PDE)
 * @param pdeSeconds wall time of the PDE solve and its evaluations
 */
public record RunResult(
        int stepsDone,
        List<Double> times,
        List<Double> agreements,
        Map<String, Double> maxDistances,
        double[][] peaks,
        double[] pureDampingTimes,
        LearningTime[] networkPeakTimes,
        LearningTime[] pdePeakTimes,
        Map<KernelFlowKind, LearningTime[]> kernelFlowPeakTimes,
        String divergence,
        double trainSeconds,
        double pdeSeconds) {

    public double maxAgreement() {
        return agreements.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
    }

    /** tau(highest peak) / tau(lowest peak) in the network. */
    public BiasRatio networkBias() {
        return BiasRatio.of(networkPeakTimes);
    }

    public BiasRatio pdeBias() {
        return BiasRatio.of(pdePeakTimes);
    }
}
