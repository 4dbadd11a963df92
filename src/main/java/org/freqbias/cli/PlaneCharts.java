package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freqbias.app.chart.KernelView;
import org.freqbias.app.chart.PlaneChartData;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneFrame;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Gathers what the 2D charts of {@code run --png} draw from the frames of a headless run: the
 * bounded history (|r^| at the peaks), the newest fit, and the PDE's |u| and loss at every frame
 * (references to the arrays the runner already made), then renders the app's 2D chart board with
 * each kernel flow of the run drawn as the app's kernel view.
 */
final class PlaneCharts {

    private final PlaneSetup setup;
    private final List<ReferenceFlow> references;
    private final History history = new History();
    private final List<PlaneFrame> frames = new ArrayList<>();

    /** @param references the run's kernel flows ({@link ReferenceFlow#kernelLimit(PlaneSetup)}, ...), drawn as kernel views */
    PlaneCharts(PlaneSetup setup, List<ReferenceFlow> references) {
        this.setup = setup;
        this.references = List.copyOf(references);
    }

    void add(PlaneFrame frame) {
        history.add(PlaneChartData.peakRow(setup, frame.time(), frame.step(), frame.loss(), frame.nnAbs()));
        frames.add(frame);
    }

    /** Writes the PNGs of the last frame added into {@code dir}; returns the files written. */
    List<Path> write(Path dir, String sessionName, double scale) throws IOException, InterruptedException {
        return ChartExporter.writeAll(data(), dir, sessionName, scale);
    }

    /** What the PNGs draw: the frames added so far, the PDE and each kernel flow at the frames' times. */
    PlaneChartData data() {
        PlaneFrame last = frames.get(frames.size() - 1);
        PlaneSnapshot latest = new PlaneSnapshot(last.step(), last.time(), last.loss(), last.fit(),
                setup.residualSpectrum(last.fit()));
        double[] times = frames.stream().mapToDouble(PlaneFrame::time).toArray();
        double[][] abs = frames.stream().map(PlaneFrame::pdeAbs).toArray(double[][]::new);
        double[] loss = frames.stream().mapToDouble(PlaneFrame::pdeLoss).toArray();
        SpectrumTrajectory pde = new SpectrumTrajectory(setup.grid(), times, abs, loss);
        Map<KernelView, SpectrumTrajectory> views = new EnumMap<>(KernelView.class);
        for (ReferenceFlow ref : references) {
            views.put(KernelView.byFlowName(ref.name()), ref.trajectory(setup, times));
        }
        return new PlaneChartData(setup, latest, history, pde, views);
    }
}
