package org.freqbias.app.chart;

import java.util.Arrays;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Chart 3: the spectrogram |r^(xi, t)| over (xi, t), network and PDE side by side on one shared
 * log colour scale. The network fills upward as training proceeds; the PDE shows the whole run.
 * Image rows are kept between frames: a network row is computed again only when another kept
 * snapshot becomes the nearest to its time (found by binary search), the PDE's rows only for a
 * new PDE solution, so the work per frame does not grow with the snapshots kept.
 */
public final class SpectrogramChart extends ChartFrame {

    /** Image rows over [0, total time]. */
    private static final int ROWS = 160;

    private final HeatMap network = new HeatMap("network", "frequency ξ", "time t");
    private final HeatMap pde = new HeatMap("PDE", "frequency ξ", "time t");
    private final ColourBar bar = new ColourBar(ColourMap.VIRIDIS, "|r̂|");

    // The rows drawn, valid for one setup: per image row, the history row it shows (null: blank)
    // and the PDE solution they come from (null: none yet).
    private Setup rowsSetup;
    private final double[][] networkRows = new double[ROWS][];
    private final History.Row[] networkSources = new History.Row[ROWS];
    private final double[][] pdeRows = new double[ROWS][];
    private SpectrumTrajectory pdeSource;
    private double[] blank;

    public SpectrogramChart() {
        super("Spectrogram |r̂(ξ, t)|", "spectrogram");
        HBox row = new HBox(network, pde, bar);
        row.getStyleClass().add("spectrogram-row");
        HBox.setHgrow(network, Priority.ALWAYS);
        HBox.setHgrow(pde, Priority.ALWAYS);
        row.setMinSize(0, 0);
        row.setPrefSize(400, 240);
        setPlot(row);
    }

    @Override
    protected void draw(ChartData data) {
        double[] xi = data.magnitudes();
        int n = Band.count(xi, data.maxFrequency());
        double[] a0 = Band.head(data.setup().initialResidual().abs(), n);
        double hi = Math.log10(LogScale.max(a0));
        double lo = hi - 4;
        double total = data.totalTime();
        if (data.setup() != rowsSetup) { // band, scale and times all follow from the setup
            rowsSetup = data.setup();
            blank = new double[n];
            Arrays.fill(blank, Double.NaN);
            Arrays.fill(networkSources, null);
            Arrays.fill(networkRows, blank);
            pdeSource = null;
            Arrays.fill(pdeRows, blank);
        }
        History history = data.history();
        double latest = data.latest().time();
        for (int r = 0; r < ROWS; r++) {
            double t = time(r, total);
            History.Row source = t <= latest + 0.5 * total / ROWS ? history.row(history.nearest(t)) : null;
            if (source != networkSources[r]) {
                networkSources[r] = source;
                networkRows[r] = source == null ? blank : logRow(source.abs(), n, lo);
            }
        }
        if (data.pde() != pdeSource) {
            pdeSource = data.pde();
            for (int r = 0; r < ROWS; r++) {
                pdeRows[r] = pdeSource == null ? blank : logRow(pdeSource.absNearest(time(r, total)), n, lo);
            }
        }
        pde.setTitle(LegendBox.pdeText("", data.setup().pdeIsExact()));
        network.draw(networkRows, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        pde.draw(pdeRows, ColourMap.VIRIDIS, lo, hi, 0, data.maxFrequency(), 0, total);
        bar.setLogRange("|r̂|", lo, hi, Math.pow(10, lo));
    }

    /** The time at the middle of image row r. */
    private static double time(int r, double total) {
        return total * (r + 0.5) / ROWS;
    }

    private static double[] logRow(double[] abs, int n, double lo) {
        return LogScale.log10(Band.head(abs, n), Math.pow(10, lo));
    }
}
