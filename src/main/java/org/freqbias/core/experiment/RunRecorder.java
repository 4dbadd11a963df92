package org.freqbias.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The figures a headless run keeps about every snapshot, in 1D and 2D alike: the agreement over
 * the compared frequencies, the network's and the PDE's learning times (tracked at every
 * frequency), every pairwise distance including the kernel flows, and at the end the
 * {@link RunResult}. Spectra are |r^| arrays over the run's grid; {@code compared} masks them.
 */
final class RunRecorder {

    /** What one snapshot adds: its agreement and the kernel flows' |r^| at its time. */
    record Entry(double agreement, Map<KernelFlowKind, double[]> kernelFlows) {
    }

    private final boolean[] compared;
    private final double[] nn0;
    private final LearningTimeTracker nnTimes;
    private final LearningTimeTracker pdeTimes;
    private final Distances distances;
    private final KernelFlowSpectra kernelFlows;
    private final List<Double> times = new ArrayList<>();
    private final List<Double> agreements = new ArrayList<>();

    /**
     * @param nn0 the network's |r^| at t = 0, the norm of every distance
     * @param pde0 the PDE's |u| at t = 0
     */
    RunRecorder(boolean[] compared, double[] nn0, double[] pde0, KernelFlowSpectra kernelFlows) {
        this.compared = compared;
        this.nn0 = nn0;
        this.nnTimes = new LearningTimeTracker(nn0);
        this.pdeTimes = new LearningTimeTracker(pde0);
        this.distances = new Distances(compared, nn0);
        this.kernelFlows = kernelFlows;
    }

    Entry add(double t, double[] nnAbs, double[] pdeAbs) {
        double agreement = Agreement.relativeDistance(compared, nnAbs, pdeAbs, nn0);
        nnTimes.add(t, nnAbs);
        pdeTimes.add(t, pdeAbs);
        times.add(t);
        agreements.add(agreement);
        Map<KernelFlowKind, double[]> flowAbs = kernelFlows.at(t);
        distances.add(nnAbs, pdeAbs, flowAbs);
        return new Entry(agreement, flowAbs);
    }

    /**
     * @param peaks the peaks' indices into the spectra
     * @param peakVectors the peaks' frequencies (one component in 1D, two in 2D)
     * @param pureDamping each peak's learning time without diffusion
     */
    RunResult result(int stepsDone, int[] peaks, double[][] peakVectors, double[] pureDamping, String divergence,
            double trainSeconds, double pdeSeconds) {
        return new RunResult(stepsDone, times, agreements, distances.maxima(), peakVectors, pureDamping,
                nnTimes.at(peaks), pdeTimes.at(peaks), kernelFlows.peakTimes(peaks), divergence, trainSeconds, pdeSeconds);
    }
}
