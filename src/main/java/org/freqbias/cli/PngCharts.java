package org.freqbias.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * What the charts of {@code run --png}, {@code --svg} and {@code --bundle} draw, gathered from the
 * frames of a headless run in 1D or 2D with bounded memory: the network's and the PDE's rows in two histories decimated alike, the
 * network's learning times over every frame and the newest snapshot; at the end each kernel flow
 * of the run is sampled at the kept times and the app's chart board is rendered from it all.
 */
final class PngCharts {

    private final Setup setup;
    private final Map<KernelFlowKind, KernelFlow> kernelFlows;
    private final History network;
    private final History pde;
    private final LearningTimeTracker learningTimes;

    PngCharts(Setup setup, Map<KernelFlowKind, KernelFlow> kernelFlows) {
        this.setup = setup;
        this.kernelFlows = kernelFlows;
        // Of one capacity, so that both keep the same snapshots; the network's rows hold the fit.
        this.network = History.withFits(setup);
        this.pde = History.withFits(setup);
        this.learningTimes = new LearningTimeTracker(setup.initialResidual().abs());
    }

    void add(Frame frame) {
        Snapshot s = frame.snapshot();
        double[] abs = s.spectrum().abs();
        network.add(new History.Row(s.time(), s.step(), s.loss(), abs, s.fit()));
        pde.add(new History.Row(s.time(), s.step(), frame.pdeLoss(), frame.pdeAbs()));
        learningTimes.add(s.time(), abs);
    }

    /** What the PNGs draw: the kept rows, the PDE at their times and each kernel flow at the same times. */
    ChartData data() {
        List<History.Row> rows = pde.rows();
        double[] times = rows.stream().mapToDouble(History.Row::time).toArray();
        SpectrumTrajectory prediction = new SpectrumTrajectory(setup.grid(), times,
                rows.stream().map(History.Row::abs).toArray(double[][]::new),
                rows.stream().mapToDouble(History.Row::loss).toArray());
        Map<KernelFlowKind, SpectrumTrajectory> flows = new EnumMap<>(KernelFlowKind.class);
        kernelFlows.forEach((kind, flow) -> flows.put(kind, setup.kernelFlowTrajectory(flow, times)));
        return new ChartData(setup, network, learningTimes, prediction, flows);
    }
}
