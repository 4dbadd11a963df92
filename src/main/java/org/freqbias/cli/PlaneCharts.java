package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.app.chart.PlaneChartData;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneFrame;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.pde2d.PdeTrajectory2D;

/**
 * Gathers what the 2D charts of {@code run --png} draw from the frames of a headless run: the
 * bounded history (|r^| at the peaks), the newest fit, and the PDE's |u| and loss at every frame
 * (references to the arrays the runner already made), then renders the app's 2D chart board.
 */
final class PlaneCharts {

    private final PlaneSetup setup;
    private final History history = new History();
    private final List<PlaneFrame> frames = new ArrayList<>();

    PlaneCharts(PlaneSetup setup) {
        this.setup = setup;
    }

    void add(PlaneFrame frame) {
        history.add(PlaneChartData.peakRow(setup, frame.time(), frame.step(), frame.loss(), frame.nnAbs()));
        frames.add(frame);
    }

    /** Writes the PNGs of the last frame added into {@code dir}; returns the files written. */
    List<Path> write(Path dir, String sessionName, double scale) throws IOException, InterruptedException {
        PlaneFrame last = frames.get(frames.size() - 1);
        PlaneSnapshot latest = new PlaneSnapshot(last.step(), last.time(), last.loss(), last.fit(),
                setup.residualSpectrum(last.fit()));
        double[] times = frames.stream().mapToDouble(PlaneFrame::time).toArray();
        double[][] abs = frames.stream().map(PlaneFrame::pdeAbs).toArray(double[][]::new);
        double[] loss = frames.stream().mapToDouble(PlaneFrame::pdeLoss).toArray();
        PdeTrajectory2D pde = new PdeTrajectory2D(times, setup.domain().samples(), setup.domain().frequencySpacing(), abs, loss);
        return ChartExporter.writeAll(new PlaneChartData(setup, latest, history, pde), dir, sessionName, scale);
    }
}
